import type { AntibioticTiming, Complication, MeshType, SurgeryEpisodeData } from '@registry/domain';
import type { CasePlan } from './case-plan';
import type { Random } from './random';

export interface SurgeryInput {
  patientId: string;
  hospitalId: string;
  date: string;
  plan: CasePlan;
  primarySurgeonId: string;
  secondarySurgeonId?: string | undefined;
  /** For a re-operation: what the earlier repair was. */
  previousRepair?: 'suture' | 'mesh' | undefined;
}

const OTHER_SITES = ['Spigelian', 'Lumbar', 'Obturator', 'Parastomal'];
const MESH_BRANDS = ['Prolene (Ethicon)', 'Ultrapro (Ethicon)', 'Bard Mesh', 'Parietene (Medtronic)'];
const COMMENTS = [
  'Lichtenstein repair.',
  'Contents omentum, reduced.',
  'Tolerated local anaesthesia well.',
  'Operated during the surgical camp.',
  'Bilateral repair through separate incisions.',
  'Sac excised, cord structures preserved.',
];

/** A surgery form filled in completely and consistently for the case; see incomplete-fields.ts for gaps. */
export function surgeryData(random: Random, input: SurgeryInput): SurgeryEpisodeData {
  const { plan } = input;
  const child = plan.age < 14;
  const groin = plan.site === 'inguinal' || plan.site === 'femoral';
  const complexity = plan.emergency
    ? random.weighted({ incarcerated: 40, obstructed: 35, strangulated: 25 })
    : random.weighted({ simple: 85, sliding: 10, incarcerated: 5 });
  const size = child
    ? random.weighted({ verySmall: 50, small: 50 })
    : plan.site === 'inguinal'
      ? random.weighted({ verySmall: 5, small: 25, medium: 35, large: 22, veryLarge: 10, massive: 3 })
      : random.weighted({ small: 35, medium: 40, large: 20, veryLarge: 5 });
  const meshType: MeshType = child
    ? 'none'
    : complexity === 'strangulated'
      ? random.weighted({ none: 60, tnmhp: 20, kcmcNorthumbria: 20 })
      : random.weighted({ tnmhp: 45, kcmcNorthumbria: 30, herniaInternational: 12, commercial: 8, none: 5 });
  const anaesthetic = child
    ? random.weighted({ generalKetamine: 70, generalIntubation: 30 })
    : plan.emergency
      ? random.weighted({ spinal: 50, generalKetamine: 25, generalIntubation: 25 })
      : groin
        ? random.weighted({ local: 55, spinal: 35, generalKetamine: 6, generalIntubation: 2, other: 2 })
        : random.weighted({ spinal: 45, local: 25, generalKetamine: 15, generalIntubation: 15 });
  const antibiotics = random.weighted({ yes: 70, no: 25, unknown: 5 });
  const additional = additionalProcedure(random, plan, size);
  const repeat = plan.occurrence !== 'primary';
  return {
    type: 'surgery',
    patientId: input.patientId,
    hospitalId: input.hospitalId,
    date: input.date,
    attendeeIds: [input.primarySurgeonId, input.secondarySurgeonId].filter((id) => id !== undefined),
    complications: intraoperative(random, input.date),
    comments: random.chance(0.1) ? random.pick(COMMENTS) : undefined,
    herniaSite: plan.site,
    herniaSiteOther: plan.site === 'other' ? random.pick(OTHER_SITES) : undefined,
    cepod: plan.emergency ? 'emergency' : 'planned',
    side: plan.side,
    occurrence: plan.occurrence,
    previousRepair: repeat ? (input.previousRepair ?? random.weighted({ suture: 70, mesh: 30 })) : undefined,
    previousRepairCount: repeat
      ? plan.occurrence === 'recurrent'
        ? random.chance(0.8)
          ? 1
          : 2
        : random.int(2, 3)
      : undefined,
    herniaType:
      plan.site !== 'inguinal'
        ? 'notApplicable'
        : child
          ? 'indirect'
          : random.weighted({ indirect: 60, direct: 30, pantaloon: 10 }),
    size,
    complexity,
    meshType,
    meshBrand: meshType === 'commercial' ? random.pick(MESH_BRANDS) : undefined,
    anaesthetic,
    anaestheticOther: anaesthetic === 'other' ? 'Local with ketamine sedation' : undefined,
    diathermyUsed: random.weighted({ yes: 40, no: 50, unknown: 10 }),
    prophylacticAntibiotics: antibiotics,
    antibioticTimings: antibiotics === 'yes' ? antibioticTimings(random, plan.emergency) : undefined,
    additionalProcedure: additional,
    additionalProcedureOther:
      additional === 'other'
        ? random.pick(['Hydrocelectomy', 'Excision of a lipoma of the cord'])
        : undefined,
    primarySurgeonId: input.primarySurgeonId,
    secondarySurgeonId: input.secondarySurgeonId,
  };
}

function additionalProcedure(random: Random, plan: CasePlan, size: string) {
  if (plan.sex === 'female' || plan.age < 14) return random.chance(0.01) ? 'other' : 'none';
  if (size === 'massive' && random.chance(0.3)) return 'orchidectomy';
  return random.weighted({ none: 96, orchidectomy: 1.5, scrotoplasty: 1, other: 1.5 });
}

const EMERGENCY_TIMINGS: readonly AntibioticTiming[][] = [
  ['ivBeforeSurgery', 'iv48h'],
  ['ivBeforeSurgery', 'iv24h', 'oral48h'],
];
const LONGER_TIMINGS: readonly AntibioticTiming[][] = [
  ['ivBeforeSurgery', 'iv24h'],
  ['ivBeforeSurgery', 'oral24h'],
  ['iv48h'],
];

/** Mostly one dose before the incision, as the guidelines ask; emergencies get a course. */
function antibioticTimings(random: Random, emergency: boolean): AntibioticTiming[] {
  if (emergency) return [...random.pick(EMERGENCY_TIMINGS)];
  return random.chance(0.7) ? ['ivBeforeSurgery'] : [...random.pick(LONGER_TIMINGS)];
}

/** Rare: bleeding in theatre, recorded on the operation itself. */
function intraoperative(random: Random, date: string): Complication[] | undefined {
  if (!random.chance(0.015)) return undefined;
  return [{ code: 'bleeding', text: 'Bleeding from the inferior epigastric vessels, ligated.', date }];
}
