import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { testApp } from '../../test-support/test-app';
import type { TestDatabase } from '../../test-support/test-database';
import { type ExportRegistry, openExportRegistry, TRICKY_NAMES } from '../export-test-registry';
import { fhirStructureProblems } from './fhir-structure-check';
import type { Bundle, Encounter, FhirResource, Patient, Procedure } from './fhir-types';

let test: TestDatabase;
let app: ReturnType<typeof testApp>;
let registry: ExportRegistry;
beforeAll(async () => {
  ({ test, app, registry } = await openExportRegistry());
});
afterAll(() => test?.drop());

async function bundle(query = ''): Promise<Bundle> {
  const response = await app.request(`/api/exports/fhir${query}`, {
    headers: registry.users.coordinator.headers,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
  const parsed = (await response.json()) as Bundle;
  expect(fhirStructureProblems(parsed)).toEqual([]);
  return parsed;
}

const resources = (b: Bundle) => (b.entry ?? []).map((e) => e.resource);
const idsOf = (b: Bundle, type: FhirResource['resourceType']) =>
  resources(b)
    .filter((r) => r.resourceType === type)
    .map((r) => r.id)
    .sort();
const find = <R extends FhirResource>(b: Bundle, id: string) => resources(b).find((r) => r.id === id) as R;

describe('GET /api/exports/fhir', () => {
  it('exports the whole registry as a valid collection Bundle', async () => {
    const { patients, episodes, hospitals, users } = registry;
    const all = await bundle();
    expect(all).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(idsOf(all, 'Patient')).toEqual(
      [patients.amina, patients.aisha, patients.duplicate, patients.zuhura].map((p) => p.entityId).sort(),
    );
    expect(idsOf(all, 'Encounter')).toEqual(
      [episodes.surgery, episodes.discharge, episodes.followUp, episodes.ukereweSurgery]
        .map((e) => e.entityId)
        .sort(),
    );
    expect(idsOf(all, 'Procedure')).toHaveLength(2);
    // Bleeding at the operation, haematoma at discharge, infection at follow-up.
    expect(idsOf(all, 'Condition')).toHaveLength(3);
    expect(idsOf(all, 'Organization')).toEqual([hospitals.kibaha.id, hospitals.ukerewe.id].sort());
    expect(idsOf(all, 'Practitioner')).toEqual([users.coordinator.user.id, users.surgeon.user.id].sort());

    expect(find<Patient>(all, patients.amina.entityId)).toMatchObject({
      name: [{ text: TRICKY_NAMES.quoted }],
      birthDate: '1984-03-09',
    });
    expect(find<Patient>(all, patients.aisha.entityId)).toMatchObject({
      name: [{ text: TRICKY_NAMES.arabic }],
      birthDate: '1961',
    });
    expect(find<Patient>(all, patients.duplicate.entityId)).toMatchObject({
      active: false,
      link: [{ other: { reference: `urn:uuid:${patients.amina.entityId}` }, type: 'replaced-by' }],
    });
    expect(find<Encounter>(all, episodes.discharge.entityId).partOf).toEqual({
      reference: `urn:uuid:${episodes.surgery.entityId}`,
    });
    const organization = find(all, hospitals.kibaha.id);
    expect(organization).toMatchObject({ name: 'Kibaha, "Wilaya" Hospital', address: [{ state: 'pwani' }] });
    const procedure = resources(all).find(
      (r) =>
        r.resourceType === 'Procedure' && r.encounter.reference === `urn:uuid:${episodes.surgery.entityId}`,
    ) as Procedure;
    expect(procedure.performer).toEqual([
      {
        function: { text: 'Primary surgeon' },
        actor: { reference: `urn:uuid:${users.surgeon.user.id}`, display: 'Dr. Baraka Kweka' },
      },
    ]);
  });

  it('respects the CSV filters, bringing in the patients the chosen episodes name', async () => {
    const { patients, episodes, hospitals } = registry;
    const ukerewe = await bundle(`?hospitalId=${hospitals.ukerewe.id}`);
    expect(idsOf(ukerewe, 'Encounter')).toEqual([episodes.ukereweSurgery.entityId]);
    expect(idsOf(ukerewe, 'Patient')).toEqual([patients.zuhura.entityId]);

    const followUps = await bundle(`?type=followUp&hospitalId=${hospitals.kibaha.id}`);
    expect(idsOf(followUps, 'Encounter')).toEqual([episodes.followUp.entityId]);
    expect(idsOf(followUps, 'Patient')).toEqual([patients.amina.entityId]);
    // The operation is outside the export: the follow-up names it without a link that would dangle.
    expect(find<Encounter>(followUps, episodes.followUp.entityId).partOf).toMatchObject({
      display: 'An operation not in this export',
    });

    const withDeleted = await bundle(`?type=surgery&includeDeleted=true&from=2026-03-01`);
    expect(find<Encounter>(withDeleted, episodes.deletedSurgery.entityId).status).toBe('entered-in-error');
    expect(idsOf(withDeleted, 'Patient')).toEqual([patients.aisha.entityId]);
  });

  it('gives an empty Bundle, still valid, when nothing matches', async () => {
    const empty = await bundle('?from=2030-01-01');
    expect(empty.entry).toBeUndefined();
  });
});
