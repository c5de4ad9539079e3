import type { DemoHospitalPlan } from './demo-hospitals';
import { GIVEN_NAMES, type NameTradition } from './given-names';
import type { Random } from './random';
import { FATHERS_NAMES, SURNAMES } from './surnames';

export type Sex = 'female' | 'male';

/** A name in its parts, so that a duplicate registration can misspell or reorder them. */
export interface PersonName {
  given: string;
  /** The father's name, written between the given name and the family name by many families. */
  father?: string | undefined;
  surname: string;
  /** Some paper files are all in capitals, and get typed in that way. */
  capitals: boolean;
}

export function randomPersonName(random: Random, sex: Sex, hospital: DemoHospitalPlan): PersonName {
  const faith = random.chance(hospital.muslimShare) ? 'muslim' : 'christian';
  const tradition: NameTradition = random.chance(0.2) ? 'swahili' : faith;
  const given = random.pick(GIVEN_NAMES[sex][tradition]);
  // Around the coast and in Zanzibar the family name is often the father's or grandfather's name.
  const surname =
    hospital.people === 'zanzibari' || random.chance(0.25)
      ? random.pick([...SURNAMES[hospital.people], ...FATHERS_NAMES[faith]])
      : random.pick(SURNAMES[hospital.people]);
  const father = random.chance(0.55) ? random.pick(FATHERS_NAMES[faith]) : undefined;
  return { given, father: father === surname ? undefined : father, surname, capitals: random.chance(0.04) };
}

export function fullNameOf(name: PersonName): string {
  const text = [name.given, name.father, name.surname].filter(Boolean).join(' ');
  return name.capitals ? text.toUpperCase() : text;
}
