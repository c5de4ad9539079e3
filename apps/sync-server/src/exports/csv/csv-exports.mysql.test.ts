import { auditLog } from '@registry/db-schema';
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { testApp } from '../../test-support/test-app';
import type { TestDatabase } from '../../test-support/test-database';
import {
  type ExportRegistry,
  openExportRegistry,
  RECEIVED,
  SAVED_ON_DEVICE,
  TRICKY_NAMES,
} from '../export-test-registry';
import { currentRecordPages } from '../records/load-current-records';

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let registry: ExportRegistry;
beforeAll(async () => {
  ({ test, app, registry } = await openExportRegistry());
});
afterAll(() => test?.drop());

async function csv(path: string) {
  const response = await app.request(path, { headers: registry.users.coordinator.headers });
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // UTF-8 with a byte order mark, so that Excel reads Swahili and Arabic names right.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { response, rows: parsed.data, fields: parsed.meta.fields ?? [] };
}

const ids = (rows: Record<string, string>[]) => rows.map((r) => r.recordId).sort();

describe('CSV exports', () => {
  it('round-trip names with commas, quotes, line breaks and non-ASCII letters', async () => {
    const { response, rows } = await csv('/api/exports/patients.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="patients-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const names = rows.map((r) => r.fullName);
    for (const name of Object.values(TRICKY_NAMES)) expect(names).toContain(name);
    const amina = rows.find((r) => r.recordId === registry.patients.amina.entityId);
    expect(amina).toMatchObject({
      hospital: 'Kibaha, "Wilaya" Hospital',
      gender: 'female',
      birthYear: '1984',
      birthDate: '1984-03-09',
      phone1: '+255 712 345 678',
      phone1Comment: 'mobile',
      phone2: '0754 000 111',
      phone2Comment: 'neighbour',
      registeredHospitalId: registry.hospitals.kibaha.id,
      inConflict: 'no',
      deleted: 'no',
      firstReceivedAt: RECEIVED.january.toISOString(),
      versionId: registry.patients.amina.versionId,
    });
  });

  it('leave deleted records out unless includeDeleted=true, and say which are deleted', async () => {
    const { rows } = await csv('/api/exports/patients.csv');
    expect(ids(rows)).not.toContain(registry.patients.removed.entityId);
    expect(rows).toHaveLength(4);
    const all = await csv('/api/exports/patients.csv?includeDeleted=true');
    expect(all.rows).toHaveLength(5);
    expect(all.rows.find((r) => r.recordId === registry.patients.removed.entityId)?.deleted).toBe('yes');
  });

  it('mark conflicts with the number of heads, and merges with the survivor', async () => {
    const { rows } = await csv('/api/exports/patients.csv');
    const zuhura = rows.find((r) => r.recordId === registry.patients.zuhura.entityId);
    expect(zuhura).toMatchObject({
      inConflict: 'yes',
      conflictHeads: '2',
      lastChangedAt: '2026-03-10T09:00:00.000Z',
    });
    expect(['edited on one phone', 'edited on another']).toContain(zuhura?.notes);
    const duplicate = rows.find((r) => r.recordId === registry.patients.duplicate.entityId);
    expect(duplicate?.mergedInto).toBe(registry.patients.amina.entityId);
  });

  it('filter episodes by hospital, date range and type', async () => {
    const { episodes, hospitals } = registry;
    const all = await csv('/api/exports/episodes.csv');
    expect(ids(all.rows)).toEqual(
      [episodes.surgery, episodes.discharge, episodes.followUp, episodes.ukereweSurgery]
        .map((e) => e.entityId)
        .sort(),
    );
    const row = all.rows.find((r) => r.recordId === episodes.surgery.entityId);
    expect(row).toMatchObject({
      patientName: TRICKY_NAMES.quoted,
      type: 'surgery',
      herniaSite: 'inguinal',
      complications: 'bleeding 2026-01-10: wound edge, redressed',
      attendeeIds: registry.users.coordinator.user.id,
    });
    const kibaha = await csv(`/api/exports/episodes.csv?hospitalId=${hospitals.kibaha.id}`);
    expect(ids(kibaha.rows)).toEqual(
      [episodes.surgery, episodes.discharge, episodes.followUp].map((e) => e.entityId).sort(),
    );
    const january = await csv('/api/exports/episodes.csv?from=2026-01-11&to=2026-02-01');
    expect(ids(january.rows)).toEqual(
      [episodes.discharge, episodes.ukereweSurgery].map((e) => e.entityId).sort(),
    );
    const surgeries = await csv('/api/exports/episodes.csv?type=surgery&includeDeleted=true');
    expect(ids(surgeries.rows)).toEqual(
      [episodes.surgery, episodes.ukereweSurgery, episodes.deletedSurgery].map((e) => e.entityId).sort(),
    );
  });

  it('filter patients by the day a device registered them, and log entries by their day', async () => {
    // Saved offline on 31 January, received on 3 February: the device's day is the patient's.
    const february = await csv('/api/exports/patients.csv?from=2026-02-01&to=2026-02-28');
    expect(february.rows).toEqual([]);
    const offline = await csv('/api/exports/patients.csv?from=2026-01-31&to=2026-01-31');
    expect(offline.rows).toEqual([
      expect.objectContaining({
        recordId: registry.patients.zuhura.entityId,
        firstCreatedAt: SAVED_ON_DEVICE.february.toISOString(),
        firstReceivedAt: RECEIVED.february.toISOString(),
      }),
    ]);
    const january = await csv(
      `/api/exports/patients.csv?to=2026-01-05&hospitalId=${registry.hospitals.kibaha.id}`,
    );
    expect(ids(january.rows)).toEqual(
      [registry.patients.amina, registry.patients.aisha, registry.patients.duplicate]
        .map((p) => p.entityId)
        .sort(),
    );
    const logs = await csv('/api/exports/event-logs.csv?from=2026-01-10&to=2026-01-10');
    expect(logs.rows).toEqual([
      expect.objectContaining({
        recordId: registry.logs.note.entityId,
        kind: 'note',
        at: '2026-01-10T14:30',
        text: 'Woke well, "no pain"',
      }),
    ]);
    expect(logs.fields).toEqual(expect.arrayContaining(['pulse', 'drug', 'code', 'episodeId']));
  });

  it('write every export to the audit log with its kind and every filter used', async () => {
    const { hospitals, users } = registry;
    await csv(
      `/api/exports/episodes.csv?type=followUp&from=2026-02-01&to=2026-02-28&hospitalId=${hospitals.kibaha.id}&region=pwani&surgeonId=${users.surgeon.user.id}&completeness=incomplete&conflict=only&includeDeleted=true`,
    );
    const entries = await test.db.select().from(auditLog).where(eq(auditLog.action, 'export'));
    const entry = entries.at(-1);
    expect(entry).toMatchObject({
      actorId: users.coordinator.user.id,
      subject: 'episodes.csv',
      outcome: 'ok',
    });
    expect(entry?.detail).toEqual({
      kind: 'episodes.csv',
      filters: {
        type: 'followUp',
        from: '2026-02-01',
        to: '2026-02-28',
        hospitalId: hospitals.kibaha.id,
        region: 'pwani',
        surgeonId: users.surgeon.user.id,
        completeness: 'incomplete',
        conflict: 'only',
        includeDeleted: true,
      },
    });
  });

  it('read the records a page at a time, each exactly once', async () => {
    const seen: string[] = [];
    let pages = 0;
    for await (const page of currentRecordPages(test.db, { entity: 'patient', includeDeleted: true }, 2)) {
      pages += 1;
      seen.push(...page.map((r) => r.entityId));
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([...new Set(seen)].sort());
    expect(seen).toHaveLength(5);
  });
});
