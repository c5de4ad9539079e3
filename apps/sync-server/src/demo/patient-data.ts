import type { PatientData, Phone } from '@registry/domain';
import type { DemoHospital } from './demo-directory';
import type { Person } from './person';
import { fullNameOf, type PersonName } from './person-name';
import { writePhone } from './phones';
import type { Random } from './random';

const NOTES = [
  'Hard of hearing; came with his son.',
  'Referred from the district hospital.',
  'Diabetic, on metformin.',
  'Hypertensive, on amlodipine.',
  'Lives far away; prefers follow-up by phone.',
  'Farmer; carries heavy loads.',
  'Speaks Sukuma only; the nurse interpreted.',
];

export interface Registration {
  hospital: DemoHospital;
  at: number;
  /** The name as written this time (a duplicate's differs). */
  name?: PersonName;
  /** Years added to the age the person gives (people often know their age only roughly). */
  ageError?: number;
}

/** A patient record of `person` as one registration clerk would fill it in. */
export function patientData(random: Random, person: Person, registration: Registration): PatientData {
  const { hospital, at } = registration;
  const year = new Date(at).getUTCFullYear();
  const trueYear = Number(person.birthDate.slice(0, 4));
  const birth = random.weighted({ fullDate: 12, yearFromAge: 80, unknown: 8 });
  // An age is asked, and the form derives the year from it: often a year out, and more for a guess.
  const statedAge = Math.max(
    0,
    year - trueYear - (random.chance(0.5) ? 1 : 0) + (registration.ageError ?? 0),
  );
  return {
    fullName: fullNameOf(registration.name ?? person.name),
    gender: random.chance(0.97) ? person.sex : undefined,
    birthYear: birth === 'fullDate' ? trueYear : birth === 'yearFromAge' ? year - statedAge : undefined,
    birthDate: birth === 'fullDate' ? person.birthDate : undefined,
    nationalId: person.nationalId && random.chance(0.8) ? person.nationalId : undefined,
    hospitalNumber: random.chance(0.88) ? hospital.hospitalNumber(random, year) : undefined,
    phones: phonesOf(random, person),
    address: random.chance(0.9) ? writeAddress(random, person.place) : undefined,
    registeredHospitalId: hospital.id,
    notes: random.chance(0.06) ? random.pick(NOTES) : undefined,
  };
}

function phonesOf(random: Random, person: Person): Phone[] | undefined {
  const phones: Phone[] = [];
  if (person.phone && random.chance(0.95)) {
    phones.push(compactPhone(writePhone(random, person.phone), person.phoneComment));
  }
  if (person.otherPhone && random.chance(0.9)) {
    phones.push(compactPhone(writePhone(random, person.otherPhone.digits), person.otherPhone.comment));
  }
  return phones.length > 0 ? phones : undefined;
}

function compactPhone(number: string, comment: string | undefined): Phone {
  return comment ? { number, comment } : { number };
}

/** "Kisesa, Magu" as different clerks write it, in English or Kiswahili. */
export function writeAddress(random: Random, place: string): string {
  const [village, district] = place.split(', ');
  if (!district) return random.chance(0.7) ? place : `${place} town`;
  switch (random.weighted({ plain: 60, english: 25, swahili: 15 })) {
    case 'english':
      return `${village} village, ${district} district`;
    case 'swahili':
      return `Kijiji cha ${village}, Wilaya ya ${district}`;
    default:
      return place;
  }
}
