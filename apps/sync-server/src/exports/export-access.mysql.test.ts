import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { testApp } from '../test-support/test-app';
import type { TestDatabase } from '../test-support/test-database';
import { type ExportRegistry, openExportRegistry } from './export-test-registry';

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let registry: ExportRegistry;
beforeAll(async () => {
  ({ test, app, registry } = await openExportRegistry());
});
afterAll(() => test?.drop());

const EXPORTS = [
  '/api/exports/patients.csv',
  '/api/exports/episodes.csv',
  '/api/exports/event-logs.csv',
  '/api/exports/versions.ndjson',
  '/api/exports/fhir',
];

describe('who may export', () => {
  it.each(EXPORTS)(
    '%s: 401 without a session, 403 for a surgeon, 200 for a coordinator and an admin',
    async (path) => {
      const anonymous = await app.request(path);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: 'unauthorized' });
      const surgeon = await app.request(path, { headers: registry.users.surgeon.headers });
      expect(surgeon.status).toBe(403);
      expect(await surgeon.json()).toMatchObject({
        error: 'forbidden',
        message: expect.stringContaining('export'),
      });
      for (const user of [registry.users.coordinator, registry.users.admin]) {
        const allowed = await app.request(path, { headers: user.headers });
        expect(allowed.status).toBe(200);
        await allowed.arrayBuffer();
      }
    },
  );
});

describe('export filters', () => {
  it.each([
    ['/api/exports/patients.csv?hospitalID=x', 'hospitalID'],
    ['/api/exports/patients.csv?type=surgery', 'episodes only'],
    ['/api/exports/episodes.csv?from=2026-02-01&to=2026-01-01', 'after'],
    ['/api/exports/episodes.csv?from=1/2/2026', 'YYYY-MM-DD'],
    ['/api/exports/episodes.csv?type=operation', 'type must be one of surgery, discharge, followUp.'],
    ['/api/exports/fhir?includeDeleted=yes', 'true or false'],
    ['/api/exports/fhir?hospitalId=not-an-id', 'hospital'],
    [
      '/api/exports/patients.csv?surgeonId=0192f4c1-0000-7000-8000-000000000001',
      'surgeonId filters episodes only.',
    ],
    ['/api/exports/episodes.csv?surgeonId=Baraka', 'surgeonId must be an id (a lower-case UUID).'],
    ['/api/exports/fhir?region=', 'region must not be empty.'],
    ['/api/exports/episodes.csv?regoin=pwani', '"regoin" is not a field of the export filters'],
    ['/api/exports/episodes.csv?completeness=partial', 'completeness must be complete or incomplete.'],
    ['/api/exports/fhir?conflict=yes', 'conflict must be only or none.'],
    ['/api/exports/event-logs.csv?type=surgery', 'type filters episodes only.'],
    [
      '/api/exports/event-logs.csv?completeness=complete&conflict=only',
      'completeness filters patients and episodes, not log entries. conflict filters patients and episodes, not log entries.',
    ],
  ])('%s is refused with a 400 that says why', async (path, words) => {
    const response = await app.request(path, { headers: registry.users.coordinator.headers });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; message: string };
    expect(body.error).toBe('bad_request');
    expect(body.message).toContain(words);
  });
});
