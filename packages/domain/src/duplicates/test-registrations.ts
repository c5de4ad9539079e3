// Why: precision and recall mean nothing without registrations whose truth is known. This builds
// them deterministically (a seeded generator, no dependency) the way clinics produce them: names
// transliterated many ways, typos, swapped order, initials, ages guessed a year or three off,
// phones shared by a household — and the people who must stay apart: namesakes, twins, and a
// parent and child of one name. Used by tests only (the labelled measure and the timing test).
import { FEMALE_NAMES, MALE_NAMES, SPELLINGS, SURNAMES } from './test-registration-names';
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

const HOSPITALS = Array.from({ length: 12 }, (_, index) => `hospital-${index + 1}`);
/** Registrations are made up to this year: no record, however guessed, is born after it. */
const THIS_YEAR = 2026;
/** People are born from 1940 to this year. */
const LAST_BIRTH_YEAR = 2024;

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
  /** Picks from a list written commonest first, the item of rank r with weight 1/√r. */
  const pickCommon = (items: readonly string[]): string => {
    let total = 0;
    for (let rank = 1; rank <= items.length; rank++) total += 1 / Math.sqrt(rank);
    let left = random() * total;
    for (let rank = 1; rank <= items.length; rank++) {
      left -= 1 / Math.sqrt(rank);
      if (left < 0) return items[rank - 1] as string;
    }
    return items[items.length - 1] as string;
  };
  const chance = (p: number): boolean => random() < p;
  const newPhone = (): string => `7${String(int(10_000_000, 99_999_999))}`;
  const twoDigits = (value: number): string => String(value).padStart(2, '0');
  // A NIDA number: date of birth (YYYYMMDD), then 12 digits, written in groups.
  const newNationalId = (year: number): string =>
    `${year}${twoDigits(int(1, 12))}${twoDigits(int(1, 28))}-${int(10000, 99999)}-${String(int(1, 99999)).padStart(5, '0')}-${int(10, 99)}`;
  const people: Person[] = [];
  const hardPairs: { kind: PairKind; a: string; b: string }[] = [];
  const givenFor = (gender: Person['gender']): string =>
    pickCommon(gender === 'male' ? MALE_NAMES : FEMALE_NAMES);
  const person = (fields: Partial<Person> & Pick<Person, 'surname'>): Person => {
    const gender = fields.gender ?? (chance(0.5) ? 'male' : 'female');
    const birthYear = fields.birthYear ?? int(1940, LAST_BIRTH_YEAR);
    const created: Person = {
      id: `person-${people.length + 1}`,
      gender,
      given: fields.given ?? givenFor(gender),
      middle: 'middle' in fields ? fields.middle : chance(0.5) ? pickCommon(MALE_NAMES) : undefined,
      surname: fields.surname,
      birthYear,
      phone: 'phone' in fields ? fields.phone : chance(0.8) ? newPhone() : undefined,
      // NIDA registers people from 18 years of age.
      nationalId: birthYear <= THIS_YEAR - 18 && chance(0.3) ? newNationalId(birthYear) : undefined,
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
    const household = [head];
    const roll = random();
    if (roll < 0.12) {
      // Twins: one surname, phone and birth year, different given names (same sex half the time).
      const twin = person({ surname, phone, hospital, birthYear: head.birthYear, middle: head.middle });
      let other = givenFor(twin.gender);
      while (other === head.given) other = givenFor(twin.gender);
      twin.given = other;
      household.push(twin);
      hardPairs.push({ kind: 'twins', a: head.id, b: twin.id });
    } else if (roll < 0.24) {
      // A parent and a child named after them, a generation apart, registered with the family
      // phone. The head is the parent when a child 18–40 years younger is born by now, else the child.
      const generation = int(18, 40);
      const younger = head.birthYear + generation;
      const namedAlike = person({
        surname,
        phone,
        hospital,
        gender: head.gender,
        given: head.given,
        middle: head.middle,
        birthYear: younger <= LAST_BIRTH_YEAR ? younger : head.birthYear - generation,
      });
      household.push(namedAlike);
      hardPairs.push({ kind: 'parentAndChild', a: head.id, b: namedAlike.id });
    } else if (roll < 0.36) {
      // A namesake elsewhere: the same name (perhaps spelt another way), otherwise unrelated.
      const namesake = person({ surname, gender: head.gender, given: head.given, middle: head.middle });
      hardPairs.push({ kind: 'namesakes', a: head.id, b: namesake.id });
    }
    // The rest of the household. A family gives each member a given name of their own: only a
    // child named after a parent (above) shares one.
    for (let extra = int(0, 3); extra > 0; extra--) {
      const member = person({ surname, phone, hospital });
      while (household.some((other) => other.given === member.given)) member.given = givenFor(member.gender);
      household.push(member);
    }
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
  // Each hospital numbers its own records, so one number at two hospitals is two people.
  const lastNumberAt = new Map<string, number>();
  const nextNumberAt = (hospital: string): string => {
    const next = (lastNumberAt.get(hospital) ?? 999) + 1;
    lastNumberAt.set(hospital, next);
    return `H${next}`;
  };
  /** The number each person was first given at their own hospital. */
  const firstNumberOf = new Map<string, string>();
  const register = (p: Person, copy: boolean): void => {
    let given = p.given;
    let middle = p.middle;
    let surname = p.surname;
    let birthYear: number | undefined = p.birthYear;
    let phone = p.phone;
    let nationalId = p.nationalId;
    let hospital = p.hospital;
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
      if (ageRoll < 0.4) birthYear = Math.min(THIS_YEAR, p.birthYear + pick([-1, 1, -1, 1, -2, 2, -3, 3]));
      else if (ageRoll < 0.5) birthYear = undefined;
      const phoneRoll = random();
      if (phoneRoll < 0.15) phone = undefined;
      else if (phoneRoll < 0.25) phone = newPhone();
      if (nationalId !== undefined && chance(0.5)) nationalId = undefined;
      if (chance(0.4)) hospital = pick(HOSPITALS);
    }
    // Back at their own hospital, a patient sometimes brings the card with their number on it.
    const cardNumber = firstNumberOf.get(p.id);
    const number =
      copy && hospital === p.hospital && cardNumber !== undefined && chance(0.1)
        ? cardNumber
        : nextNumberAt(hospital);
    if (!copy) firstNumberOf.set(p.id, number);
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
