import type { Version } from '@registry/domain';
import type { CasePlan } from './case-plan';
import { type PostOperative, postOperative } from './complications';
import type { EntryOf } from './data-entry';
import { DAY, dayAt, dayOf, HOUR, MINUTE } from './demo-clock';
import type { DemoHospital, DemoStaffMember } from './demo-directory';
import { type DemoWorld, happened, otherThan } from './demo-world';
import { dischargeData } from './discharge-data';
import { followUpData } from './follow-up-data';
import { leaveFieldsOut } from './incomplete-fields';
import { complicationEntry, type LogScope, operationDayLog } from './log-entries';
import { surgeryData } from './surgery-data';

export interface OperationInput {
  patientId: string;
  hospital: DemoHospital;
  plan: CasePlan;
  operatedAt: number;
  surgeon: DemoStaffMember;
  entryOf: EntryOf;
  previousRepair?: 'suture' | 'mesh' | undefined;
}

export interface OperationStory {
  surgery: Version;
  hospital: DemoHospital;
  operatedAt: number;
  surgeon: DemoStaffMember;
  outcome: PostOperative;
  discharge?: Version | undefined;
  followUp?: Version | undefined;
  /** When this patient was due back, whether or not they came. */
  followUpAt: number;
  recurred: boolean;
}

/** One operation as the registry sees it: the surgery form, the ward log, discharge, follow-up. */
export function tellOperation(world: DemoWorld, input: OperationInput): OperationStory {
  const { random, writer } = world;
  const { hospital, operatedAt, surgeon, entryOf } = input;
  const colleagues = world.surgeonsAt(hospital.id);
  const full = surgeryData(random, {
    patientId: input.patientId,
    hospitalId: hospital.id,
    date: dayOf(operatedAt),
    plan: input.plan,
    primarySurgeonId: surgeon.id,
    secondarySurgeonId: random.chance(0.25) ? otherThan(random, colleagues, surgeon)?.id : undefined,
    previousRepair: input.previousRepair,
  });
  const incomplete = random.chance(0.12) ? leaveFieldsOut(random, full) : undefined;
  const entry = entryOf(surgeon, operatedAt + random.int(45, 150) * MINUTE);
  const surgery = writer.create(entry.author, entry.at, 'episode', incomplete?.saved ?? full);
  // Half of the forms saved with gaps are completed a few days later; the rest stay on the worklist.
  const completedAt = entry.at + random.int(1, 5) * DAY;
  if (incomplete && random.chance(0.5) && happened(world, completedAt)) {
    writer.edit(entry.author, completedAt, surgery, full);
  }
  const scope = { episodeId: surgery.entityId, patientId: input.patientId, hospitalId: hospital.id };
  const live = entry.author === surgeon;
  if (live && random.chance(0.3)) {
    for (const planned of operationDayLog(random, scope, operatedAt, full.anaesthetic)) {
      writer.create(surgeon, planned.at + random.int(2, 20) * MINUTE, 'eventLog', planned.data);
    }
  }
  const outcome = postOperative(random, input.plan, operatedAt, full.complexity ?? 'simple');
  const discharge = discharged(world, input, surgery, outcome, live ? scope : undefined);
  const followUpAt = dayAt(operatedAt, random.int(42, 84), 6 + random.next() * 6);
  const recurred = random.chance(0.035);
  const comesBack = discharge && !outcome.died && random.chance(0.62) && happened(world, followUpAt);
  const followUp = comesBack
    ? recordFollowUp(world, {
        ...input,
        surgery: surgery.entityId,
        at: followUpAt,
        recurred,
        infected: outcome.infected,
      })
    : undefined;
  return {
    surgery,
    hospital,
    operatedAt,
    surgeon,
    outcome,
    discharge,
    followUp,
    followUpAt,
    recurred: recurred && !!followUp,
  };
}

function discharged(
  world: DemoWorld,
  input: OperationInput,
  surgery: Version,
  outcome: PostOperative,
  logScope: LogScope | undefined,
): Version | undefined {
  const { random, writer } = world;
  const stay = random.weighted({ 0: 30, 1: 35, 2: 17, 3: 10, 4: 8 });
  const days = Number(stay) + outcome.extraDays;
  const at =
    days === 0
      ? input.operatedAt + random.int(4, 7) * HOUR
      : dayAt(input.operatedAt, days, 6 + random.next() * 6);
  // Some discharges are never written down: the pending-discharge worklist is for those.
  if (random.chance(0.05) || !happened(world, at + HOUR)) return undefined;
  const author = random.chance(0.7) ? input.surgeon : random.pick(world.surgeonsAt(input.hospital.id));
  if (logScope) {
    for (const complication of outcome.complications.filter((c) => c.code !== 'death')) {
      const when = Date.parse(`${complication.date}T09:00:00Z`);
      if (random.chance(0.5) && when < at) {
        const planned = complicationEntry(logScope, complication, when);
        writer.create(author, planned.at, 'eventLog', planned.data);
      }
    }
  }
  const full = dischargeData(random, {
    patientId: input.patientId,
    hospitalId: input.hospital.id,
    surgeryEpisodeId: surgery.entityId,
    date: dayOf(at),
    outcome,
    attendeeId: author.id,
  });
  const data = random.chance(0.08) ? leaveFieldsOut(random, full).saved : full;
  const entry = input.entryOf(author, at + random.int(10, 60) * MINUTE);
  return writer.create(entry.author, entry.at, 'episode', data);
}

export interface FollowUpInput {
  patientId: string;
  hospital: DemoHospital;
  surgeon: DemoStaffMember;
  entryOf: EntryOf;
  /** The surgery episode's id. */
  surgery: string;
  at: number;
  recurred: boolean;
  infected: boolean;
}

export function recordFollowUp(world: DemoWorld, input: FollowUpInput): Version {
  const { random, writer } = world;
  const author = random.chance(0.6) ? input.surgeon : random.pick(world.surgeonsAt(input.hospital.id));
  const full = followUpData(random, {
    patientId: input.patientId,
    hospitalId: input.hospital.id,
    surgeryEpisodeId: input.surgery,
    date: dayOf(input.at),
    attendeeId: author.id,
    recurrence: input.recurred,
    infected: input.infected,
  });
  const data = random.chance(0.08) ? leaveFieldsOut(random, full).saved : full;
  const entry = input.entryOf(author, input.at + random.int(10, 40) * MINUTE);
  return writer.create(entry.author, entry.at, 'episode', data);
}
