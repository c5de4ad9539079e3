import {
  type Actor,
  canSeeRecord,
  createVersion,
  type Entity,
  editVersion,
  hasRole,
  type RecordState,
  recordStates,
  resolveConflictVersion,
  restoreVersion,
  softDeleteVersion,
  type Version,
  validateRecordData,
  type WriteContext,
} from '@registry/domain';

export interface WriteInput {
  random: () => number;
  context: () => WriteContext;
  actor: Actor & { username: string };
  /** Every version the device holds. */
  held: Iterable<Version>;
  /** Versions made during this run have ids starting with this; their records are where edits collide. */
  runPrefix: string;
}

export type WriteOutcome =
  | { version: Version }
  | { skipped: string }
  /** The domain's own check refused the data, so a form would not have saved it. */
  | { refused: string };

/** How many of the records most recently changed during the run edits aim at, so that devices collide. */
const HOT_RECORDS = 24;

/**
 * One save a person could make on this device, chosen at random among what the domain allows their
 * role: a new patient, operation, discharge or log note; an edit or soft deletion of a head the device
 * holds (often of a record another device changed a moment ago, so that edits really conflict); for
 * coordinators a conflict resolution; for admins a restore. Data is checked by the domain's
 * `validateRecordData`, as the forms do, and saved as that check returns it.
 */
export function randomWrite(input: WriteInput): WriteOutcome {
  const { random, actor } = input;
  const view = deviceView(input);
  const roll = random();
  if (roll < 0.12) return newPatient(input, view);
  if (roll < 0.2) return newSurgery(input, view);
  if (roll < 0.25) return newDischarge(input, view);
  if (roll < 0.3) return newNote(input, view);
  if (roll < 0.37) return softDelete(input, view);
  if (roll < 0.47 && hasRole(actor.role, 'coordinator')) return resolve(input, view);
  if (roll < 0.5 && hasRole(actor.role, 'admin')) return restore(input, view);
  return edit(input, view);
}

interface DeviceView {
  states: RecordState[];
  stateById: Map<string, RecordState>;
  /** Records changed during the run, most recent first. */
  hot: RecordState[];
  /** Every version held, by record, to find an operation's dates on every side. */
  byRecord: Map<string, Version[]>;
  hospitalIds: string[];
}

function deviceView({ held, runPrefix, actor }: WriteInput): DeviceView {
  const all = [...held];
  const byRecord = new Map<string, Version[]>();
  const latestInRun = new Map<string, string>();
  const hospitals = new Set<string>(actor.hospitalIds);
  for (const v of all) {
    const list = byRecord.get(v.entityId);
    if (list) list.push(v);
    else byRecord.set(v.entityId, [v]);
    if (v.versionId.startsWith(runPrefix) && (latestInRun.get(v.entityId) ?? '') < v.createdAt)
      latestInRun.set(v.entityId, v.createdAt);
    // Coordinators work at every hospital: those their device has seen patients of.
    if (v.entity === 'patient' && typeof v.data.registeredHospitalId === 'string')
      hospitals.add(v.data.registeredHospitalId);
  }
  const states = [...recordStates(all).values()].filter((s) =>
    canSeeRecord(actor, s.entity, s.preferred.data),
  );
  const byId = new Map(states.map((s) => [s.entityId, s]));
  const hot = [...latestInRun]
    .sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : 0))
    .slice(0, HOT_RECORDS)
    .map(([id]) => byId.get(id))
    .filter((s) => s !== undefined);
  const hospitalIds = hasRole(actor.role, 'coordinator')
    ? [...hospitals].sort()
    : [...actor.hospitalIds].sort();
  return { states, stateById: byId, hot, byRecord, hospitalIds };
}

function pick<T>(random: () => number, items: readonly T[]): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

/** Mostly a record another device may be editing right now, sometimes any record of the registry. */
function pickTarget(
  random: () => number,
  view: DeviceView,
  fits: (s: RecordState) => boolean,
): RecordState | undefined {
  if (random() < 0.75) {
    const hot = pick(random, view.hot.filter(fits));
    if (hot) return hot;
  }
  return pick(random, view.states.filter(fits));
}

const live = (s: RecordState) => !s.deleted;
const episodeOfType = (type: string) => (s: RecordState) =>
  live(s) && s.entity === 'episode' && s.preferred.data.type === type;

function checked(
  entity: Entity,
  data: unknown,
  build: (data: Record<string, unknown>) => Version,
  surgery?: { date?: string },
): WriteOutcome {
  const valid = validateRecordData(entity, data, { now: new Date(), surgery });
  if (!valid.ok) return { refused: valid.problems.map((p) => p.message).join(' ') };
  return { version: build(valid.data as Record<string, unknown>) };
}

function today(offsetDays = 0): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

function newPatient(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const hospitalId = pick(random, view.hospitalIds);
  if (!hospitalId) return { skipped: 'no hospital' };
  const ctx = input.context();
  const data = {
    fullName: `Load Patient ${ctx.deviceId} ${Math.floor(random() * 1e6)}`,
    gender: pick(random, ['female', 'male', 'unknown'] as const),
    birthYear: 1940 + Math.floor(random() * 80),
    registeredHospitalId: hospitalId,
    notes: `registered by ${input.actor.username}`,
  };
  return checked('patient', data, (d) => createVersion(ctx, 'patient', d));
}

function newSurgery(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const patient = pickTarget(random, view, (s) => live(s) && s.entity === 'patient');
  if (!patient) return { skipped: 'no patient' };
  const ctx = input.context();
  const data = {
    type: 'surgery',
    patientId: patient.entityId,
    hospitalId: patient.preferred.data.registeredHospitalId,
    date: today(-Math.floor(random() * 60)),
    comments: `operated, noted by ${input.actor.username}`,
  };
  return checked('episode', data, (d) => createVersion(ctx, 'episode', d));
}

function newDischarge(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const surgery = pickTarget(random, view, episodeOfType('surgery'));
  if (!surgery) return { skipped: 'no operation' };
  // The server checks the discharge against the operation's preferred head; no side is later than the latest.
  const dates = (view.byRecord.get(surgery.entityId) ?? [])
    .map((v) => v.data.date)
    .filter((d): d is string => typeof d === 'string')
    .sort();
  const operated = dates.at(-1);
  const date = operated && operated > today() ? undefined : today();
  if (!date) return { skipped: 'operation dated after today' };
  const ctx = input.context();
  const s = surgery.preferred.data;
  const data = {
    type: 'discharge',
    patientId: s.patientId,
    hospitalId: s.hospitalId,
    surgeryEpisodeId: surgery.entityId,
    date,
    anyComplications: 'no',
  };
  return checked(
    'episode',
    data,
    (d) => createVersion(ctx, 'episode', d),
    operated ? { date: operated } : undefined,
  );
}

function newNote(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const episode = pickTarget(random, view, (s) => live(s) && s.entity === 'episode');
  if (!episode) return { skipped: 'no episode' };
  const ctx = input.context();
  const e = episode.preferred.data;
  const data = {
    kind: 'note',
    episodeId: episode.entityId,
    patientId: e.patientId,
    hospitalId: e.hospitalId,
    at: today(),
    text: `seen by ${input.actor.username}`,
  };
  return checked('eventLog', data, (d) => createVersion(ctx, 'eventLog', d));
}

/** The free-text field of each record that an edit changes (the rest of the data stays as it was). */
function editedData(state: RecordState, base: Version, words: string): Record<string, unknown> | undefined {
  if (state.entity === 'patient') return { ...base.data, notes: words };
  if (state.entity === 'episode') return { ...base.data, comments: words };
  if (base.data.kind === 'note' || base.data.kind === 'complication') return { ...base.data, text: words };
  return undefined;
}

function liveHead(random: () => number, state: RecordState): Version | undefined {
  return pick(
    random,
    state.heads.filter((h) => !h.deleted),
  );
}

function edit(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const target = pickTarget(random, view, live);
  if (!target) return { skipped: 'nothing to edit' };
  const base = liveHead(random, target);
  if (!base) return { skipped: 'no live head' };
  const ctx = input.context();
  const data = editedData(
    target,
    base,
    `edited by ${input.actor.username} on ${ctx.deviceId} at ${ctx.now.toISOString()}`,
  );
  if (!data) return { skipped: 'no free text to edit' };
  return checked(target.entity, data, (d) => editVersion(ctx, base, d), surgeryFor(target, view));
}

function softDelete(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const target = pickTarget(random, view, live);
  if (!target) return { skipped: 'nothing to delete' };
  const base = liveHead(random, target);
  if (!base) return { skipped: 'no live head' };
  const ctx = input.context();
  return checked(target.entity, base.data, () => softDeleteVersion(ctx, base), surgeryFor(target, view));
}

function resolve(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const target = pick(
    random,
    view.states.filter((s) => s.inConflict),
  );
  if (!target) return edit(input, view);
  const side = pick(random, target.heads) ?? target.preferred;
  const ctx = input.context();
  // A record whose every side is deleted stays deleted: undeleting is a restore, which only admins may do.
  return checked(
    target.entity,
    side.data,
    (d) => resolveConflictVersion(ctx, target, d, target.deleted),
    surgeryFor(target, view),
  );
}

function restore(input: WriteInput, view: DeviceView): WriteOutcome {
  const { random } = input;
  const target = pick(
    random,
    view.states.filter((s) => s.deleted),
  );
  if (!target) return edit(input, view);
  const ctx = input.context();
  return checked(
    target.entity,
    target.preferred.data,
    () => restoreVersion(ctx, target),
    surgeryFor(target, view),
  );
}

/**
 * The operation a discharge or follow-up names, as the device sees it (its preferred head), for the
 * domain's date check: what a form passes, and what the server checks against its own preferred head.
 */
function surgeryFor(state: RecordState, view: DeviceView): { date?: string } | undefined {
  const id = state.entity === 'episode' ? state.preferred.data.surgeryEpisodeId : undefined;
  if (typeof id !== 'string') return undefined;
  const surgery = view.stateById.get(id);
  const date = surgery?.preferred.data.date;
  return typeof date === 'string' ? { date } : undefined;
}
