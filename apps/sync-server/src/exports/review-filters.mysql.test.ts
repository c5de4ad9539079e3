import type { Version } from '@registry/domain';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { testApp } from '../test-support/test-app';
import type { TestDatabase } from '../test-support/test-database';
import { type ExportRegistry, openExportRegistry } from './export-test-registry';
import type { Bundle } from './fhir/fhir-types';

// The review screens' filters, in every record export: each case says which patients and episodes
// the screens would show, and the CSV files and the FHIR Bundle must hold exactly those.

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let registry: ExportRegistry;
beforeAll(async () => {
  ({ test, app, registry } = await openExportRegistry());
});
afterAll(() => test?.drop());

async function get(path: string): Promise<string> {
  const response = await app.request(path, { headers: registry.users.coordinator.headers });
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return text;
}

async function csvIds(file: string, query: string): Promise<string[]> {
  const text = await get(`/api/exports/${file}?${query}`);
  const parsed = Papa.parse<{ recordId: string }>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((row) => row.recordId).sort();
}

async function fhirIds(query: string): Promise<{ patients: string[]; encounters: string[] }> {
  const bundle = JSON.parse(await get(`/api/exports/fhir?${query}`)) as Bundle;
  const ofType = (type: string) =>
    (bundle.entry ?? [])
      .map((entry) => entry.resource)
      .filter((resource) => resource.resourceType === type)
      .map((resource) => resource.id)
      .sort();
  return { patients: ofType('Patient'), encounters: ofType('Encounter') };
}

const idsOf = (versions: readonly Version[]) => versions.map((v) => v.entityId).sort();

/** The patients a Bundle holds: those selected, the subjects of its episodes, and their survivors. */
function bundlePatients(patients: readonly Version[], episodes: readonly Version[]): string[] {
  const ids = new Set([...idsOf(patients), ...episodes.map((e) => String(e.data.patientId))]);
  const { duplicate, amina } = registry.patients;
  if (ids.has(duplicate.entityId)) ids.add(amina.entityId);
  return [...ids].sort();
}

interface Case {
  query: () => string;
  /** The patients the patients table shows; 'refused' for an episode-only filter. */
  patients: () => Version[] | 'refused';
  episodes: () => Version[];
}

const p = () => registry.patients;
const e = () => registry.episodes;

const CASES: Record<string, Case> = {
  "a hospital's region": {
    query: () => 'region=pwani',
    patients: () => [p().amina, p().aisha, p().duplicate],
    episodes: () => [e().surgery, e().discharge, e().followUp],
  },
  'another region': {
    query: () => 'region=mwanza',
    patients: () => [p().zuhura],
    episodes: () => [e().ukereweSurgery],
  },
  'a region spelt otherwise, as on the screens': {
    query: () => 'region=PWANI',
    patients: () => [],
    episodes: () => [],
  },
  'a surgeon, as primary or second surgeon': {
    query: () => `surgeonId=${registry.users.surgeon.user.id}`,
    patients: () => 'refused',
    episodes: () => [e().surgery, e().ukereweSurgery],
  },
  'a surgeon who was present': {
    query: () => `surgeonId=${registry.users.coordinator.user.id}`,
    patients: () => 'refused',
    episodes: () => [e().surgery],
  },
  'complete records': {
    query: () => 'completeness=complete',
    patients: () => [p().amina, p().aisha],
    episodes: () => [e().discharge],
  },
  'incomplete records': {
    query: () => 'completeness=incomplete',
    patients: () => [p().duplicate, p().zuhura],
    episodes: () => [e().surgery, e().followUp, e().ukereweSurgery],
  },
  'records in conflict': {
    query: () => 'conflict=only',
    patients: () => [p().zuhura],
    episodes: () => [e().followUp],
  },
  'records without a conflict': {
    query: () => 'conflict=none',
    patients: () => [p().amina, p().aisha, p().duplicate],
    episodes: () => [e().surgery, e().discharge, e().ukereweSurgery],
  },
  "a day: the device's day for a patient saved offline": {
    query: () => 'from=2026-01-31&to=2026-01-31',
    patients: () => [p().zuhura],
    episodes: () => [],
  },
  'several filters with the deleted': {
    query: () => 'region=pwani&completeness=incomplete&includeDeleted=true',
    patients: () => [p().duplicate, p().removed],
    episodes: () => [e().surgery, e().followUp, e().deletedSurgery],
  },
  'a hospital and a conflict': {
    query: () => `hospitalId=${registry.hospitals.ukerewe.id}&conflict=only`,
    patients: () => [p().zuhura],
    episodes: () => [],
  },
  'a type and a surgeon': {
    query: () => `type=surgery&surgeonId=${registry.users.surgeon.user.id}&from=2026-02-01`,
    patients: () => 'refused',
    episodes: () => [e().ukereweSurgery],
  },
};

describe('the review filters in the exports', () => {
  it.each(Object.entries(CASES))('%s: the CSV files hold exactly those rows', async (_, c) => {
    const patients = c.patients();
    expect(await csvIds('episodes.csv', c.query())).toEqual(idsOf(c.episodes()));
    if (patients === 'refused') {
      const response = await app.request(`/api/exports/patients.csv?${c.query()}`, {
        headers: registry.users.coordinator.headers,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { message: string }).message).toMatch(/filters episodes only\./);
    } else {
      expect(await csvIds('patients.csv', c.query())).toEqual(idsOf(patients));
    }
  });

  it.each(Object.entries(CASES))('%s: the FHIR Bundle holds exactly those', async (_, c) => {
    const patients = c.patients();
    const episodes = c.episodes();
    expect(await fhirIds(c.query())).toEqual({
      encounters: idsOf(episodes),
      patients: bundlePatients(patients === 'refused' ? [] : patients, episodes),
    });
  });

  it('selects log entries by region, day and deletion', async () => {
    const { note, vitals } = registry.logs;
    expect(await csvIds('event-logs.csv', 'region=mwanza')).toEqual([vitals.entityId]);
    expect(await csvIds('event-logs.csv', 'region=pwani&from=2026-01-10&to=2026-01-10')).toEqual([
      note.entityId,
    ]);
    expect(await csvIds('event-logs.csv', 'region=pwani&from=2026-01-11')).toEqual([]);
  });
});
