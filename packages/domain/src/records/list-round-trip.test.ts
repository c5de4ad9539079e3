import { describe, expect, it } from 'vitest';
import { ANTIBIOTIC_TIMINGS } from '../lists/antibiotic-timings';
import { COMPLICATION_CODES } from '../lists/complication-codes';
import { DRUGS } from '../lists/drugs';
import { FOLLOW_UP_FINDINGS, PAIN_LEVELS } from '../lists/follow-up-lists';
import { GENDERS } from '../lists/gender';
import { MEDICATION_ROUTES } from '../lists/medication-routes';
import { MESH_TYPES } from '../lists/mesh-types';
import { ROLES } from '../lists/roles';
import {
  ADDITIONAL_PROCEDURES,
  ANAESTHETICS,
  CEPOD_CATEGORIES,
  COMPLEXITIES,
  HERNIA_SITES,
  HERNIA_SIZES,
  HERNIA_TYPES,
  OCCURRENCES,
  PREVIOUS_REPAIRS,
  SIDES,
} from '../lists/surgery-lists';
import { TANZANIA_REGIONS, TANZANIA_ZONES } from '../lists/tanzania-places';
import { TRI_STATES, YES_NO } from '../lists/tri-state';
import { EPISODE, HOSPITAL, NOW, PATIENT, SURGEON } from './test-ids';
import { validateRecordData, validateReferenceData } from './validate-record-data';

// Every code of every list must survive a save unchanged in the field that uses it, or a
// form offering it would produce records that cannot be saved.

const ids = { patientId: PATIENT, hospitalId: HOSPITAL };
const surgery = { ...ids, type: 'surgery' };
const discharge = { ...ids, type: 'discharge' };
const followUp = { ...ids, type: 'followUp' };
const logEntry = { ...ids, episodeId: EPISODE };

type Case = [list: string, codes: readonly string[], build: (code: string) => Record<string, unknown>];

const recordCases: [Parameters<typeof validateRecordData>[0], Case][] = [
  ['patient', ['GENDERS', GENDERS, (gender) => ({ fullName: 'A', registeredHospitalId: HOSPITAL, gender })]],
  ['episode', ['HERNIA_SITES', HERNIA_SITES, (herniaSite) => ({ ...surgery, herniaSite })]],
  ['episode', ['CEPOD_CATEGORIES', CEPOD_CATEGORIES, (cepod) => ({ ...surgery, cepod })]],
  ['episode', ['SIDES', SIDES, (side) => ({ ...surgery, side })]],
  ['episode', ['OCCURRENCES', OCCURRENCES, (occurrence) => ({ ...surgery, occurrence })]],
  ['episode', ['PREVIOUS_REPAIRS', PREVIOUS_REPAIRS, (previousRepair) => ({ ...surgery, previousRepair })]],
  ['episode', ['HERNIA_TYPES', HERNIA_TYPES, (herniaType) => ({ ...surgery, herniaType })]],
  ['episode', ['HERNIA_SIZES', HERNIA_SIZES, (size) => ({ ...surgery, size })]],
  ['episode', ['COMPLEXITIES', COMPLEXITIES, (complexity) => ({ ...surgery, complexity })]],
  ['episode', ['MESH_TYPES', MESH_TYPES, (meshType) => ({ ...surgery, meshType })]],
  ['episode', ['ANAESTHETICS', ANAESTHETICS, (anaesthetic) => ({ ...surgery, anaesthetic })]],
  ['episode', ['TRI_STATES (diathermy)', TRI_STATES, (diathermyUsed) => ({ ...surgery, diathermyUsed })]],
  [
    'episode',
    ['TRI_STATES (prophylaxis)', TRI_STATES, (answer) => ({ ...surgery, prophylacticAntibiotics: answer })],
  ],
  [
    'episode',
    ['ANTIBIOTIC_TIMINGS', ANTIBIOTIC_TIMINGS, (timing) => ({ ...surgery, antibioticTimings: [timing] })],
  ],
  [
    'episode',
    [
      'ADDITIONAL_PROCEDURES',
      ADDITIONAL_PROCEDURES,
      (procedure) => ({ ...surgery, additionalProcedure: procedure }),
    ],
  ],
  [
    'episode',
    ['COMPLICATION_CODES', COMPLICATION_CODES, (code) => ({ ...discharge, complications: [{ code }] })],
  ],
  [
    'episode',
    ['TRI_STATES (complications)', TRI_STATES, (anyComplications) => ({ ...discharge, anyComplications })],
  ],
  ['episode', ['YES_NO', YES_NO, (antibioticsOnDischarge) => ({ ...discharge, antibioticsOnDischarge })]],
  ['episode', ['PAIN_LEVELS', PAIN_LEVELS, (pain) => ({ ...followUp, pain })]],
  [
    'episode',
    [
      'FOLLOW_UP_FINDINGS',
      FOLLOW_UP_FINDINGS,
      (finding) => ({ ...followUp, [finding]: 'yes', [`${finding}Comment`]: 'c' }),
    ],
  ],
  ['eventLog', ['DRUGS', DRUGS, (drug) => ({ ...logEntry, kind: 'medication', drug })]],
  [
    'eventLog',
    ['MEDICATION_ROUTES', MEDICATION_ROUTES, (route) => ({ ...logEntry, kind: 'medication', route })],
  ],
  [
    'eventLog',
    ['COMPLICATION_CODES (log)', COMPLICATION_CODES, (code) => ({ ...logEntry, kind: 'complication', code })],
  ],
];

describe('every list value round-trips through the record that uses it', () => {
  it.each(recordCases)('%s: %s', (entity, [, codes, build]) => {
    for (const code of codes) {
      const data = build(code);
      expect(validateRecordData(entity, data, { now: NOW })).toEqual({ ok: true, data });
    }
  });

  it.each([
    ['TANZANIA_REGIONS', TANZANIA_REGIONS, 'region'],
    ['TANZANIA_ZONES', TANZANIA_ZONES, 'zone'],
  ] as const)('%s as a hospital %s', (_, codes, field) => {
    for (const code of codes) {
      const hospital = { id: HOSPITAL, name: 'H', [field]: code, active: true };
      expect(validateReferenceData('hospital', hospital)).toEqual({ ok: true, data: hospital });
    }
  });

  it('ROLES in the staff directory', () => {
    for (const role of ROLES) {
      const entry = { id: SURGEON, fullName: 'S', role, hospitalIds: [HOSPITAL], active: true };
      expect(validateReferenceData('staffMember', entry)).toEqual({ ok: true, data: entry });
    }
  });
});
