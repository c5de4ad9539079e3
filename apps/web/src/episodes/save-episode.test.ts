import {
  createVersion,
  editVersion,
  type Version,
  validateRecordData,
  type WriteContext,
} from '@registry/domain';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Writer } from '../app/use-writer';
import type { LocalStore } from '../local/local-store';
import { chartStates } from '../local/patient-summary';
import { testStore } from '../local/test-store';
import { emptyEpisodeValues } from './episode-form-values';
import { emptyLogEntryValues } from './log-entry-values';
import { saveEpisode, saveLogEntry, softDeleteRecord } from './save-episode';
import { HOSPITAL, PATIENT, SURGEON } from './test-fixtures';

const NOW = new Date('2026-11-22T09:00:00Z');
let n = 0;
const context = (): WriteContext => ({
  now: NOW,
  newId: () => `0192f4c0-0000-7000-8000-2${(++n).toString(16).padStart(11, '0')}`,
  authorId: SURGEON,
  deviceId: 'test',
});

function testWriter(store: LocalStore): Writer {
  return {
    context,
    check: (entity, data, surgery) => validateRecordData(entity, data, { now: NOW, surgery }),
    save: (versions) => store.save(versions),
  };
}

let store: LocalStore;
let writer: Writer;
beforeEach(() => {
  store = testStore();
  writer = testWriter(store);
});
const states = async () => chartStates(await store.chart(PATIENT));

async function saveSurgery(date: string): Promise<string> {
  const values = { ...emptyEpisodeValues(), hospitalId: HOSPITAL, date };
  const outcome = await saveEpisode(writer, {
    type: 'surgery',
    values,
    patientId: PATIENT,
    states: await states(),
  });
  if (!outcome.ok) throw new Error(outcome.problems.join());
  return outcome.entityId;
}

describe('saveEpisode', () => {
  it('saves a new episode on the device with only what was answered', async () => {
    const id = await saveSurgery('2026-11-20');
    const saved = (await states()).get(id);
    expect(saved?.preferred.data).toEqual({
      type: 'surgery',
      patientId: PATIENT,
      hospitalId: HOSPITAL,
      date: '2026-11-20',
    });
    expect(await store.outbox()).toHaveLength(1);
  });

  it('refuses a discharge dated before its operation, saving nothing', async () => {
    const surgeryId = await saveSurgery('2026-11-20');
    const values = {
      ...emptyEpisodeValues(),
      hospitalId: HOSPITAL,
      date: '2026-11-19',
      surgeryEpisodeId: surgeryId,
    };
    const outcome = await saveEpisode(writer, {
      type: 'discharge',
      values,
      patientId: PATIENT,
      states: await states(),
    });
    expect(outcome).toEqual({
      ok: false,
      problems: ['The discharge date 2026-11-19 is before the operation date 2026-11-20.'],
    });
    expect(await store.outbox()).toHaveLength(1);
  });

  it('edits the head shown, keeping a conflict until it is resolved', async () => {
    const id = await saveSurgery('2026-11-20');
    const first = (await states()).get(id)?.preferred as Version;
    const theirs = editVersion(context(), first, { ...first.data, comments: 'theirs' });
    await store.save(theirs);
    const outcome = await saveEpisode(writer, {
      type: 'surgery',
      values: { ...emptyEpisodeValues(), hospitalId: HOSPITAL, date: '2026-11-20', comments: 'mine' },
      patientId: PATIENT,
      states: await states(),
      base: first,
    });
    expect(outcome.ok).toBe(true);
    const state = (await states()).get(id);
    expect(state?.inConflict).toBe(true);
    expect(state?.heads.map((h) => h.data.comments).sort()).toEqual(['mine', 'theirs']);
  });

  it('says why when the record cannot be edited, rather than throwing', async () => {
    const deleted = {
      ...createVersion(context(), 'episode', { type: 'surgery', patientId: PATIENT }),
      deleted: true,
    };
    const outcome = await saveEpisode(writer, {
      type: 'surgery',
      values: {},
      patientId: PATIENT,
      states: await states(),
      base: deleted,
    });
    expect(outcome.ok).toBe(false);
  });
});

describe('softDeleteRecord', () => {
  it('hides a record, every live head of a conflict included, and erases nothing', async () => {
    const id = await saveSurgery('2026-11-20');
    const first = (await states()).get(id)?.preferred as Version;
    await store.save(editVersion(context(), first, { ...first.data, comments: 'a' }));
    await store.save(editVersion(context(), first, { ...first.data, comments: 'b' }));
    const before = (await states()).get(id);
    if (!before) throw new Error('saved record missing');
    expect(await softDeleteRecord(writer, before)).toEqual({ ok: true, entityId: id });
    const after = (await states()).get(id);
    expect(after?.deleted).toBe(true);
    expect(after?.heads.map((h) => h.data.comments).sort()).toEqual(['a', 'b']);
  });
});

describe('saveLogEntry', () => {
  it('adds an entry carrying the episode, patient and hospital, or says what is impossible', async () => {
    const episodeId = await saveSurgery('2026-11-20');
    const owner = { episodeId, patientId: PATIENT, hospitalId: HOSPITAL };
    const values = { ...emptyLogEntryValues('vitals', NOW), pulse: '88' };
    const outcome = await saveLogEntry(writer, values, owner);
    if (!outcome.ok) throw new Error(outcome.problems.join());
    expect((await states()).get(outcome.entityId)?.preferred.data).toMatchObject({
      ...owner,
      kind: 'vitals',
      pulse: 88,
    });
    const refused = await saveLogEntry(writer, { ...values, spo2: '140' }, owner);
    expect(refused.ok ? [] : refused.problems).toHaveLength(1);
  });
});
