import type { EpisodeType } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../records/export-record';
import { bundleText } from './bundle-writer';
import { type FhirSelection, type FhirSource, fhirEntries } from './fhir-entries';
import { fhirStructureProblems } from './fhir-structure-check';
import * as t from './fhir-test-records';
import type { Bundle, Condition, Encounter, FhirResource, Patient, Procedure } from './fhir-types';

const ALL: FhirSelection = { episodeTypes: ['surgery', 'discharge', 'followUp'], withFilteredPatients: true };

function source(episodes: ExportRecord[], filteredPatients: ExportRecord[]): FhirSource {
  async function* pages<T>(items: T[]) {
    // Pages of two, so that links across pages are exercised.
    for (let i = 0; i < items.length; i += 2) yield items.slice(i, i + 2);
  }
  return {
    episodePages: (type: EpisodeType) => pages(episodes.filter((e) => e.data.type === type)),
    patientPages: () => pages(filteredPatients),
    patientsById: async (ids) => t.patients.filter((p) => ids.includes(p.entityId)),
    hospitals: t.hospitals,
    staff: t.staff,
  };
}

async function bundleOf(from: FhirSource, selection = ALL): Promise<Bundle> {
  let text = '';
  const meta = { id: 'export-1', timestamp: '2026-03-02T10:00:00.000Z' };
  for await (const piece of bundleText(meta, fhirEntries(from, selection))) text += piece;
  return JSON.parse(text) as Bundle;
}

const resources = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource);
const byId = <R extends FhirResource>(bundle: Bundle, id: string) =>
  resources(bundle).find((r) => r.id === id) as R;
const ofType = (bundle: Bundle, type: string) => resources(bundle).filter((r) => r.resourceType === type);

describe('the FHIR export', () => {
  it('is a structurally valid collection Bundle for a realistic registry', async () => {
    const bundle = await bundleOf(source(t.episodes, t.patients));
    expect(fhirStructureProblems(bundle)).toEqual([]);
    expect(bundle).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-03-02T10:00:00.000Z',
    });
    expect(ofType(bundle, 'Patient')).toHaveLength(4);
    expect(ofType(bundle, 'Encounter')).toHaveLength(6);
    expect(ofType(bundle, 'Procedure')).toHaveLength(3);
    // Two complications of the operation, one of the discharge, infection at follow-up, recurrence at the orphan follow-up.
    expect(ofType(bundle, 'Condition')).toHaveLength(5);
    expect(
      ofType(bundle, 'Organization')
        .map((o) => o.id)
        .sort(),
    ).toEqual([t.H1, t.H2].sort());
    expect(
      ofType(bundle, 'Practitioner')
        .map((p) => p.id)
        .sort(),
    ).toEqual([t.SURGEON, t.ASSISTANT].sort());
  });

  it('maps patients: full or year-only birth dates, identifiers, phones, and merges as replaced-by', async () => {
    const bundle = await bundleOf(source(t.episodes, t.patients));
    expect(byId<Patient>(bundle, t.P_FULL)).toMatchObject({
      active: true,
      name: [{ text: 'Amina Juma, "Mama Neema"' }],
      gender: 'female',
      birthDate: '1984-03-09',
      identifier: expect.arrayContaining([
        expect.objectContaining({
          value: '19840309-12345-00001-22',
          type: expect.objectContaining({ text: 'National unique individual identifier' }),
        }),
        expect.objectContaining({ value: 'KDH/2026/0042', assigner: { reference: `urn:uuid:${t.H1}` } }),
      ]),
      telecom: [
        { system: 'phone', value: '+255 712 345 678', rank: 1 },
        { system: 'phone', value: '0754 000 111', rank: 2 },
      ],
      address: [{ text: 'Mtaa wa Msikitini, Kibaha' }],
      managingOrganization: { reference: `urn:uuid:${t.H1}` },
    });
    expect(byId<Patient>(bundle, t.P_YEAR).birthDate).toBe('1961');
    expect(byId<Patient>(bundle, t.P_BARE)).not.toHaveProperty('birthDate');
    expect(byId<Patient>(bundle, t.P_BARE).gender).toBe('unknown');
    expect(byId<Patient>(bundle, t.P_MERGED)).toMatchObject({
      active: false,
      link: [{ other: { reference: `urn:uuid:${t.P_FULL}` }, type: 'replaced-by' }],
    });
  });

  it('maps an operation to an inpatient Encounter, a Procedure with its surgeons, and a Condition per complication', async () => {
    const bundle = await bundleOf(source(t.episodes, t.patients));
    const encounter = byId<Encounter>(bundle, t.E_SURGERY);
    expect(encounter).toMatchObject({
      status: 'finished',
      class: { code: 'IMP' },
      type: [{ text: 'Surgery' }],
      subject: { reference: `urn:uuid:${t.P_FULL}` },
      period: { start: '2026-01-10' },
      serviceProvider: { reference: `urn:uuid:${t.H1}` },
      participant: [{ individual: { reference: `urn:uuid:${t.ASSISTANT}`, display: 'Baraka Kweka' } }],
    });
    const procedure = ofType(bundle, 'Procedure').find(
      (p) => (p as Procedure).encounter.reference === `urn:uuid:${t.E_SURGERY}`,
    ) as Procedure;
    expect(procedure).toMatchObject({
      status: 'completed',
      code: { text: 'Mesh hernia repair' },
      performedDateTime: '2026-01-10',
      bodySite: [{ text: 'Inguinal hernia, left' }],
      usedCode: [{ text: 'Commercial mesh (Prolene)' }],
      performer: [
        {
          function: { text: 'Primary surgeon' },
          actor: { reference: `urn:uuid:${t.SURGEON}`, display: 'Dr. Neema Mushi' },
        },
        {
          function: { text: 'Secondary surgeon' },
          actor: { display: 'A staff member not in the directory' },
        },
      ],
    });
    expect(procedure.note?.[0]?.text).toContain(
      'Occurrence: recurrent (previous repair: suture, 1 earlier).',
    );
    const conditions = (procedure.complicationDetail ?? []).map((ref) =>
      byId<Condition>(bundle, String(ref.reference).slice(9)),
    );
    expect(conditions.map((c) => [c.code.text, c.onsetDateTime])).toEqual([
      ['Bleeding: from the wound edge', '2026-01-10'],
      ['Fainted in recovery', undefined],
    ]);
    expect(conditions[0]).toMatchObject({
      subject: { reference: `urn:uuid:${t.P_FULL}` },
      encounter: { reference: `urn:uuid:${t.E_SURGERY}` },
    });
  });

  it('ties discharges and follow-ups to their operation, by reference when it is in the Bundle', async () => {
    const bundle = await bundleOf(source(t.episodes, t.patients));
    expect(byId<Encounter>(bundle, t.E_DISCHARGE)).toMatchObject({
      class: { code: 'IMP' },
      period: { end: '2026-01-12' },
      partOf: { reference: `urn:uuid:${t.E_SURGERY}` },
    });
    expect(byId<Encounter>(bundle, t.E_FOLLOW_UP)).toMatchObject({
      class: { code: 'AMB' },
      type: [{ text: 'Follow-up' }],
    });
    expect(byId<Encounter>(bundle, t.E_ORPHAN_FOLLOW_UP).partOf).toEqual({
      identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${t.id(2, 99)}` },
      display: 'An operation not in this export',
    });
    const infection = ofType(bundle, 'Condition').find(
      (c) => (c as Condition).code.text === 'Infection found at follow-up',
    );
    expect(infection).toMatchObject({
      note: [{ text: 'superficial, treated with cloxacillin' }],
      onsetDateTime: '2026-02-25',
    });
  });

  it('brings in the patients (and their merge survivors) that exported episodes name, even outside the filters', async () => {
    const onlyMergedPatientsSurgery = t.episodes.filter((e) => e.entityId === t.E_OF_MERGED);
    const bundle = await bundleOf(source(onlyMergedPatientsSurgery, []), {
      episodeTypes: ['surgery'],
      withFilteredPatients: false,
    });
    expect(fhirStructureProblems(bundle)).toEqual([]);
    expect(
      ofType(bundle, 'Patient')
        .map((p) => p.id)
        .sort(),
    ).toEqual([t.P_FULL, t.P_MERGED].sort());
    expect(ofType(bundle, 'Encounter')).toHaveLength(1);
  });

  it('marks deleted records as entered in error', async () => {
    const deleted = t.episodes.slice(0, 1).map((e) => ({ ...e, deleted: true }));
    const bundle = await bundleOf(source(deleted, []));
    expect(fhirStructureProblems(bundle)).toEqual([]);
    expect(byId<Encounter>(bundle, t.E_SURGERY).status).toBe('entered-in-error');
    expect(
      ofType(bundle, 'Condition').every(
        (c) => (c as Condition).verificationStatus.coding?.[0]?.code === 'entered-in-error',
      ),
    ).toBe(true);
  });

  it('writes an empty export as a Bundle without entries', async () => {
    const bundle = await bundleOf(source([], []));
    expect(bundle).toEqual({
      resourceType: 'Bundle',
      id: 'export-1',
      type: 'collection',
      timestamp: '2026-03-02T10:00:00.000Z',
    });
    expect(fhirStructureProblems(bundle)).toEqual([]);
  });

  it('has a checker that notices broken bundles', () => {
    const broken = {
      resourceType: 'Bundle',
      type: 'bag',
      entry: [
        {
          fullUrl: 'urn:uuid:a',
          resource: { resourceType: 'Patient', id: 'a', gender: 'f', birthDate: '1984-02-30', name: [] },
        },
        {
          fullUrl: 'urn:uuid:b',
          resource: {
            resourceType: 'Encounter',
            id: 'b',
            status: 'done',
            subject: { reference: 'urn:uuid:zzz' },
            serviceProvider: { reference: 'urn:uuid:a' },
          },
        },
      ],
    };
    const problems = fhirStructureProblems(broken).join('\n');
    for (const expected of [
      'Bundle.type bag',
      'gender f',
      'not a valid FHIR date',
      'is empty',
      'Encounter/b has no class',
      'status done',
      'not in the Bundle',
      'points at a Patient, not a Organization',
    ]) {
      expect(problems).toContain(expected);
    }
  });
});
