import {
  createVersion,
  type Entity,
  editVersion,
  mergePatientVersion,
  type RecordState,
  recordState,
  resolveConflictVersion,
  softDeleteVersion,
  type Version,
  type WriteContext,
} from '@registry/domain';
import type { DemoStaffMember } from './demo-directory';
import { demoIdAt } from './demo-ids';
import type { Random } from './random';

type PatientLike = Record<string, unknown> & { mergedInto?: string };

/**
 * Writes the demo's versions with the domain's own builders, as each author's device would, at the
 * time of the event. Keeps them in the order they were made, which is a causal order.
 */
export interface DemoWriter {
  readonly versions: readonly Version[];
  /** A new record id made at `at`, for records that others must name before they are saved. */
  newId(at: number): string;
  create(author: DemoStaffMember, at: number, entity: Entity, data: object, entityId?: string): Version;
  edit(author: DemoStaffMember, at: number, base: Version, data: object): Version;
  softDelete(author: DemoStaffMember, at: number, base: Version): Version;
  merge(author: DemoStaffMember, at: number, duplicateId: string, survivorId: string): Version;
  /** Ends a conflict on the record with `data`, based on all its heads. */
  resolve(author: DemoStaffMember, at: number, entityId: string, data: object): Version;
  /** The last version written of a record (its only head unless a conflict was made). */
  latest(entityId: string): Version;
}

export function createDemoWriter(random: Random): DemoWriter {
  const versions: Version[] = [];
  const byRecord = new Map<string, Version[]>();
  const context = (author: DemoStaffMember, at: number): WriteContext => ({
    now: new Date(at),
    newId: () => demoIdAt(random, at),
    authorId: author.id,
    deviceId: author.deviceId,
  });
  const keep = (version: Version) => {
    versions.push(version);
    byRecord.set(version.entityId, [...(byRecord.get(version.entityId) ?? []), version]);
    return version;
  };
  const historyOf = (entityId: string) => {
    const history = byRecord.get(entityId);
    if (!history) throw new Error(`The demo has no record ${entityId}.`);
    return history;
  };
  // A child saved before its parent would be a clock running backwards: a bug in the generator.
  const after = (base: Version, at: number) => {
    if (at <= Date.parse(base.createdAt)) throw new Error('A demo edit must come after what it edits.');
    return at;
  };
  const stateOf = (entityId: string) => {
    const state = recordState(historyOf(entityId));
    if (!state) throw new Error(`The demo has no record ${entityId}.`);
    return state;
  };
  return {
    versions,
    newId: (at) => demoIdAt(random, at),
    create: (author, at, entity, data, entityId) =>
      keep(createVersion(context(author, at), entity, compact(data), entityId)),
    edit: (author, at, base, data) =>
      keep(editVersion(context(author, after(base, at)), base, compact(data))),
    softDelete: (author, at, base) => keep(softDeleteVersion(context(author, after(base, at)), base)),
    merge(author, at, duplicateId, survivorId) {
      const state = stateOf(duplicateId) as RecordState<PatientLike>;
      return keep(mergePatientVersion(context(author, after(state.preferred, at)), state, survivorId));
    },
    resolve(author, at, entityId, data) {
      const state = stateOf(entityId);
      return keep(resolveConflictVersion(context(author, after(state.preferred, at)), state, compact(data)));
    },
    latest(entityId) {
      const history = historyOf(entityId);
      return history[history.length - 1] as Version;
    },
  };
}

/** Record data without the fields left undefined, as a form saves it (missing, not blank). */
export function compact(data: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
