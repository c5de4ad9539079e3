import type { HerniaSite, Occurrence, Side } from '@registry/domain';
import type { Sex } from './person-name';
import type { Random } from './random';

/** What brings a patient to theatre, decided before the forms are filled in. */
export interface CasePlan {
  site: HerniaSite;
  sex: Sex;
  /** Age in years on the day of the operation. */
  age: number;
  emergency: boolean;
  occurrence: Occurrence;
  side: Side;
}

// Proportions as in district-hospital hernia series: mostly inguinal, mostly men, mostly planned.
export function planCase(random: Random): CasePlan {
  const child = random.chance(0.07);
  const site: HerniaSite = child
    ? random.weighted({ inguinal: 60, umbilical: 40 })
    : random.weighted({ inguinal: 78, umbilical: 7, incisional: 5, epigastric: 4, femoral: 3, other: 3 });
  const maleShare = {
    inguinal: child ? 0.85 : 0.9,
    femoral: 0.25,
    umbilical: 0.45,
    incisional: 0.4,
    epigastric: 0.5,
    other: 0.5,
  }[site];
  const band = random.weighted({ young: 35, middle: 35, old: 30 });
  const age = child
    ? random.int(1, 13)
    : band === 'young'
      ? random.int(16, 44)
      : band === 'middle'
        ? random.int(45, 64)
        : random.int(65, 88);
  return {
    site,
    sex: random.chance(maleShare) ? 'male' : 'female',
    age,
    emergency: random.chance(child ? 0.05 : 0.12),
    occurrence: child ? 'primary' : random.weighted({ primary: 91, recurrent: 7, reRecurrent: 2 }),
    side: sideFor(random, site),
  };
}

export function sideFor(random: Random, site: HerniaSite): Side {
  return site === 'inguinal' || site === 'femoral'
    ? random.weighted({ right: 50, left: 35, bilateral: 15 })
    : 'notApplicable';
}

/** The operation a patient comes back for: the other groin, or a repair that failed. */
export function laterCase(random: Random, first: CasePlan, recurred: boolean, ageNow: number): CasePlan {
  if (recurred)
    return {
      ...first,
      age: ageNow,
      emergency: random.chance(0.15),
      occurrence: first.occurrence === 'primary' ? 'recurrent' : 'reRecurrent',
    };
  const otherSide: Side =
    first.side === 'left' ? 'right' : first.side === 'right' ? 'left' : sideFor(random, 'inguinal');
  return {
    ...first,
    site: 'inguinal',
    age: ageNow,
    emergency: random.chance(0.1),
    occurrence: 'primary',
    side: otherSide,
  };
}
