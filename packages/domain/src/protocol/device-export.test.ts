import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idFor, recordHistory } from '../test-support/arbitraries';
import { createVersion, editVersion } from '../versions/edits';
import type { Version } from '../versions/version';
import type { WriteContext } from '../versions/write-context';
import {
  buildDeviceExport,
  DEVICE_EXPORT_FORMAT,
  type DeviceExport,
  inCausalOrder,
  parseDeviceExport,
} from './device-export';

// A phone that never reconnects hands its unsynced work over as this file; whoever imports it must
// get every version back exactly, or be told in one sentence why the file cannot be used.

const SURGEON = idFor('aaaaaaaa', 1);
const HOSPITAL = idFor('44444444', 1);
let n = 0;
const ctx = (): WriteContext => ({
  now: new Date('2026-11-22T08:00:00Z'),
  newId: () => idFor('0192f4c1', ++n),
  authorId: SURGEON,
  deviceId: 'phone-1',
});

function unsynced(): Version[] {
  const patient = createVersion<Record<string, unknown>>(ctx(), 'patient', {
    fullName: 'Asha Mushi',
    registeredHospitalId: HOSPITAL,
  });
  const operation = createVersion<Record<string, unknown>>(ctx(), 'episode', {
    type: 'surgery',
    patientId: patient.entityId,
    hospitalId: HOSPITAL,
    date: '2026-11-20',
  });
  const edit = editVersion(ctx(), patient, { ...patient.data, phone: '0712 345 678' });
  return [patient, operation, edit];
}

function fileOf(versions = unsynced()): DeviceExport {
  return buildDeviceExport({
    exportedAt: new Date('2026-11-23T09:15:00Z'),
    deviceId: 'phone-1',
    exportedBy: { userId: SURGEON, username: 'amina', fullName: 'Dr Amina Said' },
    appVersion: '0.1.0+abc',
    versions,
    rejections: [{ versionId: versions[1]?.versionId ?? '', reason: 'Not a member of the hospital.' }],
  });
}

const reread = (file: unknown) => parseDeviceExport(JSON.stringify(file));

describe('the device export file', () => {
  it('gives back exactly what was written: every version, in order, with the refusals', () => {
    const versions = unsynced();
    const file = fileOf(versions);
    const parsed = reread(file);
    expect(parsed).toEqual({ ok: true, file });
    if (!parsed.ok) return;
    expect(parsed.file.format).toBe(DEVICE_EXPORT_FORMAT);
    expect(parsed.file.versions).toEqual(versions);
    expect(parsed.file.rejections).toEqual([
      { versionId: versions[1]?.versionId, reason: 'Not a member of the hospital.' },
    ]);
  });

  it('reads a file without refusals as having none', () => {
    const { rejections: _, ...withoutRejections } = fileOf();
    const parsed = reread(withoutRejections);
    expect(parsed.ok && parsed.file.rejections).toEqual([]);
  });

  it('keeps only refusals of versions it holds, and cuts a long reason so the file reads back', () => {
    const versions = unsynced();
    const file = buildDeviceExport({
      exportedAt: new Date('2026-11-23T09:15:00Z'),
      deviceId: 'phone-1',
      exportedBy: { userId: SURGEON, username: 'amina', fullName: 'Dr Amina Said' },
      versions,
      rejections: [
        { versionId: idFor('99999999', 1), reason: 'Not in the file.' },
        { versionId: versions[0]?.versionId ?? '', reason: 'x'.repeat(5000) },
      ],
    });
    expect(file.rejections.map((r) => [r.versionId, r.reason.length])).toEqual([
      [versions[0]?.versionId, 2000],
    ]);
    expect(reread(file).ok).toBe(true);
  });

  it('puts parents before their children whatever order it is given', () => {
    const [patient, operation, edit] = unsynced() as [Version, Version, Version];
    // The edit comes first as given, so its patient is put just before it; the operation keeps its place.
    expect(fileOf([edit, operation, patient]).versions).toEqual([patient, edit, operation]);
  });

  it.each([
    [
      'a file cut short',
      '{"format": "surgical-registry-device-export", "versions": [',
      'not-json',
      /not complete JSON/,
    ],
    ['another JSON file', '{"resourceType": "Bundle"}', 'not-export', /not a device export file/],
    ['a list', '[1, 2]', 'not-export', /not a device export file/],
    [
      'a later format',
      JSON.stringify({ ...fileOf(), formatVersion: 2 }),
      'format-version',
      /format version 2; this app reads only version 1\.$/,
    ],
    [
      'no format version',
      JSON.stringify({ ...fileOf(), formatVersion: undefined }),
      'format-version',
      /does not say which version/,
    ],
  ])('refuses %s in one sentence', (_, text, problem, message) => {
    const parsed = parseDeviceExport(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem).toBe(problem);
    expect(parsed.message).toMatch(message);
    expect(parsed.message.match(/\.(\s|$)/g)).toHaveLength(1);
  });

  it('says which field of which version does not fit', () => {
    const file = fileOf();
    const damaged = {
      ...file,
      versions: file.versions.map((v, i) => (i === 1 ? { ...v, authorId: 'me' } : v)),
    };
    const parsed = reread(damaged);
    expect(parsed).toEqual({
      ok: false,
      problem: 'invalid',
      message: 'The export file cannot be read: must be a lower-case UUID (at versions.1.authorId).',
      detail: 'must be a lower-case UUID (at versions.1.authorId)',
    });
  });

  it('refuses a file that names one version twice', () => {
    const file = fileOf();
    const parsed = reread({ ...file, versions: [...file.versions, file.versions[0]] });
    expect(parsed).toMatchObject({ ok: false, problem: 'duplicate', message: /same version twice/ });
  });

  it('refuses fields the format does not have, rather than ignore them', () => {
    expect(reread({ ...fileOf(), password: 'x' })).toMatchObject({ ok: false, problem: 'invalid' });
  });
});

describe('inCausalOrder', () => {
  it('orders any shuffle of a history parents first, keeping every version once', () => {
    fc.assert(
      fc.property(
        recordHistory(20).chain((history) =>
          fc.tuple(fc.constant(history), fc.shuffledSubarray(history, { minLength: history.length })),
        ),
        ([history, shuffled]) => {
          const ordered = inCausalOrder(shuffled);
          expect(new Set(ordered.map((v) => v.versionId))).toEqual(new Set(history.map((v) => v.versionId)));
          expect(ordered).toHaveLength(history.length);
          const seen = new Set<string>();
          for (const v of ordered) {
            for (const parent of v.parents) expect(seen.has(parent)).toBe(true);
            seen.add(v.versionId);
          }
        },
      ),
    );
  });

  it('leaves a list already in order as it is, and names outside the list do not hold it up', () => {
    fc.assert(
      fc.property(recordHistory(20), (history) => {
        expect(inCausalOrder(history)).toEqual(history);
        // The server holds the first version: the rest still come out, in order.
        expect(inCausalOrder(history.slice(1))).toEqual(history.slice(1));
      }),
    );
  });

  it('ends on a cycle (only an altered file has one), keeping every version', () => {
    const [a, b] = unsynced() as [Version, Version];
    const looped = [
      { ...a, parents: [b.versionId] },
      { ...b, parents: [a.versionId] },
    ];
    expect(
      inCausalOrder(looped)
        .map((v) => v.versionId)
        .sort(),
    ).toEqual([a.versionId, b.versionId].sort());
  });

  it('follows a chain of ten thousand edits given backwards without running out of stack', () => {
    let v = unsynced()[0] as Version;
    const chain = [v];
    for (let i = 0; i < 10_000; i++) {
      v = { ...v, versionId: idFor('77777777', i), parents: [v.versionId] };
      chain.push(v);
    }
    expect(inCausalOrder([...chain].reverse())).toEqual(chain);
  });
});
