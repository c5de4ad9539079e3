import { DAY, dayOf } from './demo-clock';
import type { DemoHospitalPlan } from './demo-hospitals';
import { type PersonName, randomPersonName, type Sex } from './person-name';
import { randomPhoneDigits } from './phones';
import type { Random } from './random';

/** The truth about a person; each registration records some of it, not always the same way. */
export interface Person {
  name: PersonName;
  sex: Sex;
  birthDate: string;
  place: string;
  /** Ten digits; absent for people without a phone anyone remembers. */
  phone?: string | undefined;
  phoneComment?: string | undefined;
  /** A relative's or neighbour's number, with who it belongs to. */
  otherPhone?: { digits: string; comment: string } | undefined;
  nationalId?: string | undefined;
}

const OWN_PHONE_COMMENTS = ['mobile', 'mobile', 'own', 'own phone', 'M-Pesa number'];
const OTHER_PHONE_COMMENTS = [
  'wife',
  'husband',
  'son',
  'daughter',
  'brother',
  'neighbour',
  'village chairman',
  'mother',
];

export interface PersonOptions {
  sex: Sex;
  age: number;
  at: number;
  /** A relative's phone already in the registry, shared by this family. */
  familyPhone?: string | undefined;
}

export function randomPerson(random: Random, hospital: DemoHospitalPlan, options: PersonOptions): Person {
  const birth = options.at - Math.round((options.age + random.next()) * 365.25 * DAY);
  const birthDate = dayOf(birth);
  const hasOwnPhone = random.chance(options.age < 16 ? 0.1 : 0.8);
  const phone = options.familyPhone ?? (hasOwnPhone ? randomPhoneDigits(random) : undefined);
  return {
    name: randomPersonName(random, options.sex, hospital),
    sex: options.sex,
    birthDate,
    place: random.pick(hospital.places),
    phone,
    phoneComment: options.familyPhone
      ? `${random.pick(['son', 'daughter', 'brother', 'father', 'mother'])}'s phone`
      : random.chance(0.6)
        ? random.pick(OWN_PHONE_COMMENTS)
        : undefined,
    otherPhone: random.chance(0.22)
      ? { digits: randomPhoneDigits(random), comment: random.pick(OTHER_PHONE_COMMENTS) }
      : undefined,
    // NIDA numbers start with the birth date; adults in towns are the ones who have one.
    nationalId:
      options.age >= 18 && random.chance(0.22)
        ? `${birthDate.replaceAll('-', '')}-${digitsOf(random, 5)}-${digitsOf(random, 5)}-${digitsOf(random, 2)}`
        : undefined,
  };
}

function digitsOf(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.int(0, 9)).join('');
}
