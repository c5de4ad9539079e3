// Why: precision and recall mean nothing without registrations whose truth is known. This builds
// them deterministically (a seeded generator, no dependency) the way clinics produce them: names
// transliterated many ways, typos, swapped order, initials, ages guessed a year or three off,
// phones shared by a household — and the people who must stay apart: namesakes, twins, and a
// parent and child of one name. Used by tests and the timing script only; nothing else imports it.
import type { DuplicateCandidate } from './types';

/** mulberry32: a tiny, well-mixed 32-bit generator; the same seed gives the same registrations. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** Canonical spelling → other spellings clerks write for the same name. */
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Mohamed: ['Mohammed', 'Muhammad', 'Mohamad', 'Muhamadi'],
  Hamisi: ['Khamis', 'Hamis'],
  Rehema: ['Rehma'],
  Fatuma: ['Fatma', 'Fatumah'],
  Hussein: ['Husein', 'Hussain', 'Husseini'],
  Abdallah: ['Abdalla', 'Abdullah'],
  Said: ['Saidi', 'Sayid'],
  Yusuf: ['Yusufu', 'Yussuf'],
  Ali: ['Ally', 'Alli'],
  Mwanaisha: ['Mwanaasha'],
  Elizabeth: ['Elisabeth', 'Elizabeti'],
  Christopher: ['Kristofa', 'Christofa'],
  Grace: ['Gresi'],
  Esther: ['Esta'],
  Halima: ['Halimah'],
  Amina: ['Aminah'],
  Mariam: ['Maryam', 'Mariamu'],
  Omar: ['Umar', 'Omari'],
  Hassan: ['Hasani', 'Hassani'],
  Ibrahim: ['Ibrahimu', 'Ebrahim'],
  Ramadhani: ['Ramadhan', 'Ramadan'],
  Shabani: ['Shaban'],
  Athumani: ['Athuman', 'Othman'],
  Rashidi: ['Rashid'],
  Michael: ['Mikaeli'],
  Zawadi: ['Zawad'],
  Salim: ['Salimu', 'Saleem'],
};

const MALE = [
  'Mohamed',
  'Hamisi',
  'Hussein',
  'Abdallah',
  'Said',
  'Yusuf',
  'Ali',
  'Juma',
  'Omar',
  'Hassan',
  'Ibrahim',
  'Ramadhani',
  'Shabani',
  'Athumani',
  'Rashidi',
  'Salim',
  'Joseph',
  'John',
  'Peter',
  'Paulo',
  'Christopher',
  'Michael',
  'Emmanuel',
  'Daudi',
  'Baraka',
  'Jumanne',
  'Bakari',
  'Musa',
  'Issa',
  'Idrisa',
  'Godfrey',
  'Frank',
  'Elias',
  'Amosi',
  'Stephano',
  'Kassim',
  'Selemani',
  'Mussa',
];
const FEMALE = [
  'Rehema',
  'Fatuma',
  'Mwanaisha',
  'Elizabeth',
  'Grace',
  'Esther',
  'Halima',
  'Amina',
  'Mariam',
  'Zawadi',
  'Neema',
  'Upendo',
  'Anna',
  'Agnes',
  'Saida',
  'Zainabu',
  'Asha',
  'Joyce',
  'Happiness',
  'Tumaini',
  'Rose',
  'Winfrida',
  'Subira',
  'Mwajuma',
  'Khadija',
  'Salma',
  'Pendo',
  'Lucy',
  'Modesta',
];
const SURNAMES = [
  'Mwakyusa',
  'Mushi',
  'Kimaro',
  'Massawe',
  'Mrema',
  'Lyimo',
  'Swai',
  'Temba',
  'Ngowi',
  'Mollel',
  'Laizer',
  'Kweka',
  'Minja',
  'Shirima',
  'Mfinanga',
  'Komba',
  'Ngonyani',
  'Haule',
  'Mbwambo',
  'Kisanga',
  'Nyirenda',
  'Mwamba',
  'Chande',
  'Mapunda',
  'Kapinga',
  'Mallya',
  'Urio',
  'Msuya',
  'Kileo',
  'Tarimo',
  'Ndossi',
  'Magesa',
  'Mwita',
  'Chacha',
  'Wambura',
  'Marwa',
  'Masanja',
  'Mahenge',
  'Mwakalinga',
  'Mwasomola',
  'Kalinga',
  'Nyamwiza',
  'Lukumay',
  'Sanga',
  'Kiwelu',
  ...['Hamisi', 'Said', 'Juma', 'Ally', 'Bakari', 'Rashidi', 'Athumani', 'Salim', 'Mohamed'],
];
const HOSPITALS = Array.from({ length: 12 }, (_, index) => `hospital-${index + 1}`);

export interface LabelledRegistration extends DuplicateCandidate {
  /** The person behind the record: two records are true duplicates exactly when these agree. */
  readonly personId: string;
}

/** Why a pair is in the set, for reading misses: the kind of hard non-duplicate or duplicate. */
export type PairKind = 'duplicate' | 'twins' | 'parentAndChild' | 'namesakes';

interface Person {
  id: string;
  gender: 'male' | 'female';
  given: string;
  middle: string | undefined;
  surname: string;
  birthYear: number;
  phone: string | undefined;
  nationalId: string | undefined;
  hospital: string;
}

export interface LabelledSet {
  readonly registrations: LabelledRegistration[];
  /** Explicit hard pairs by kind (person ids), for reporting; duplicates are all same-person pairs. */
  readonly hardPairs: readonly { readonly kind: PairKind; readonly a: string; readonly b: string }[];
}

/** Builds `persons` people in households and registers some of them more than once. */
export const labelledRegistrations = (seed: number, persons: number): LabelledSet => {
  const random = seededRandom(seed);
  const int = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const chance = (p: number): boolean => random() < p;
  const newPhone = (): string => `7${String(int(10_000_000, 99_999_999))}`;
  const newNationalId = (year: number): string =>
    `${year}${String(int(101, 1228)).padStart(4, '0')}-${int(10000, 99999)}-${String(int(1, 99999)).padStart(5, '0')}-${int(10, 99)}`;
  const people: Person[] = [];
  const hardPairs: { kind: PairKind; a: string; b: string }[] = [];
  const givenFor = (gender: Person['gender']): string => pick(gender === 'male' ? MALE : FEMALE);
  const person = (fields: Partial<Person> & Pick<Person, 'surname'>): Person => {
    const gender = fields.gender ?? (chance(0.5) ? 'male' : 'female');
    const birthYear = fields.birthYear ?? int(1940, 2022);
    const created: Person = {
      id: `person-${people.length + 1}`,
      gender,
      given: fields.given ?? givenFor(gender),
      middle: 'middle' in fields ? fields.middle : chance(0.5) ? pick(MALE) : undefined,
      surname: fields.surname,
      birthYear,
      phone: 'phone' in fields ? fields.phone : chance(0.8) ? newPhone() : undefined,
      nationalId: chance(0.3) ? newNationalId(birthYear) : undefined,
      hospital: fields.hospital ?? pick(HOSPITALS),
    };
    people.push(created);
    return created;
  };

  while (people.length < persons) {
    // A household: one surname, one phone that everyone gives, one nearby hospital.
    const surname = pick(SURNAMES);
    const phone = chance(0.85) ? newPhone() : undefined;
    const hospital = pick(HOSPITALS);
    const head = person({ surname, phone, hospital });
    const roll = random();
    if (roll < 0.12) {
      // Twins: one surname, phone and birth year, different given names (same sex half the time).
      const twin = person({ surname, phone, hospital, birthYear: head.birthYear, middle: head.middle });
      let other = givenFor(twin.gender);
      while (other === head.given) other = givenFor(twin.gender);
      twin.given = other;
      hardPairs.push({ kind: 'twins', a: head.id, b: twin.id });
    } else if (roll < 0.24) {
      // A child named after the parent, a generation younger, registered with the family phone.
      const child = person({
        surname,
        phone,
        hospital,
        gender: head.gender,
        given: head.given,
        middle: head.middle,
        birthYear: Math.min(2024, head.birthYear + int(18, 40)),
      });
      hardPairs.push({ kind: 'parentAndChild', a: head.id, b: child.id });
    } else if (roll < 0.36) {
      // A namesake elsewhere: the same name (perhaps spelt another way), otherwise unrelated.
      const namesake = person({ surname, gender: head.gender, given: head.given, middle: head.middle });
      hardPairs.push({ kind: 'namesakes', a: head.id, b: namesake.id });
    }
    for (let extra = int(0, 3); extra > 0; extra--) person({ surname, phone, hospital });
  }

  const spell = (word: string): string => {
    const others = SPELLINGS[word];
    return others !== undefined && chance(0.8) ? pick(others) : word;
  };
  const typo = (word: string): string => {
    if (word.length < 4) return word;
    const at = int(1, word.length - 2);
    const kind = random();
    if (kind < 0.35) return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
    if (kind < 0.65) return word.slice(0, at) + word.slice(at + 1);
    if (kind < 0.85) return word.slice(0, at) + pick([...'aeioumnrsk']) + word.slice(at + 1);
    return word.slice(0, at) + (word[at] ?? '') + word.slice(at);
  };
  const formatPhone = (digits: string): string =>
    chance(0.5) ? `0${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : `+255 ${digits}`;

  const registrations: LabelledRegistration[] = [];
  let hospitalNumber = 1000;
  const register = (p: Person, copy: boolean): void => {
    let given = p.given;
    let middle = p.middle;
    let surname = p.surname;
    let birthYear: number | undefined = p.birthYear;
    let phone = p.phone;
    let nationalId = p.nationalId;
    let hospital = p.hospital;
    let number = `H${hospitalNumber++}`;
    let initial = false;
    let swapped = false;
    if (copy) {
      // What a different clerk, on another day, writes for the same person: usually one kind of
      // difference in the name (a spelling, a typo, a dropped middle name, an initial, the order).
      const nameRoll = random();
      if (nameRoll < 0.35) [given, middle, surname] = [spell(given), middle && spell(middle), spell(surname)];
      else if (nameRoll < 0.55) {
        const which = int(0, 2);
        if (which === 0) given = typo(given);
        else if (which === 1 && middle !== undefined) middle = typo(middle);
        else surname = typo(surname);
      } else if (nameRoll < 0.65) middle = undefined;
      else if (nameRoll < 0.75) initial = true;
      else if (nameRoll < 0.85) swapped = true;
      const ageRoll = random();
      if (ageRoll < 0.4) birthYear = p.birthYear + pick([-1, 1, -1, 1, -2, 2, -3, 3]);
      else if (ageRoll < 0.5) birthYear = undefined;
      const phoneRoll = random();
      if (phoneRoll < 0.15) phone = undefined;
      else if (phoneRoll < 0.25) phone = newPhone();
      if (nationalId !== undefined && chance(0.5)) nationalId = undefined;
      if (chance(0.4)) hospital = pick(HOSPITALS);
      if (hospital === p.hospital && chance(0.1)) number = `H-same-${p.id}`;
    }
    let words = [given, ...(middle === undefined ? [] : [middle]), surname];
    if (initial) words[0] = `${given[0]}.`;
    if (swapped) words = [surname, ...words.slice(0, -1)];
    registrations.push({
      id: `r${registrations.length + 1}`,
      personId: p.id,
      fullName: words.join(' '),
      gender: p.gender,
      birthYear,
      nationalId: copy || chance(0.7) ? nationalId : undefined,
      hospitalNumber: number,
      phones: phone === undefined ? [] : [{ number: formatPhone(phone) }],
      registeredHospitalId: hospital,
    });
  };
  for (const p of people) {
    register(p, false);
    const roll = random();
    const copies = roll < 0.03 ? 2 : roll < 0.16 ? 1 : 0;
    for (let i = 0; i < copies; i++) register(p, true);
  }
  // Records in a device's order are not grouped by person.
  for (let i = registrations.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [registrations[i], registrations[j]] = [
      registrations[j] as LabelledRegistration,
      registrations[i] as LabelledRegistration,
    ];
  }
  return { registrations, hardPairs };
};
