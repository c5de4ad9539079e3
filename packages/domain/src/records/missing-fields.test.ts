import { describe, expect, it } from 'vitest';
import { missingFields, reportFieldsFor } from './missing-fields';
import { EPISODE, HOSPITAL, PATIENT, SURGEON, SURGERY } from './test-ids';

const base = { patientId: PATIENT, hospitalId: HOSPITAL };

const completeSurgery = {
  ...base,
  type: 'surgery',
  date: '2026-11-20',
  herniaSite: 'inguinal',
  cepod: 'planned',
  side: 'left',
  occurrence: 'primary',
  herniaType: 'direct',
  size: 'small',
  complexity: 'simple',
  meshType: 'tnmhp',
  anaesthetic: 'local',
  diathermyUsed: 'unknown',
  prophylacticAntibiotics: 'no',
  additionalProcedure: 'none',
  primarySurgeonId: SURGEON,
};

describe('missingFields', () => {
  it('lists what a patient still needs for the reports, counting blanks as missing', () => {
    expect(
      missingFields('patient', { fullName: 'Amina', registeredHospitalId: HOSPITAL, gender: ' ' }),
    ).toEqual(['gender', 'birthYear']);
    expect(missingFields('patient', { fullName: 'Amina', gender: 'female', birthYear: 1984 })).toEqual([]);
  });

  it('lists every report field of a new surgery', () => {
    expect(missingFields('episode', { ...base, type: 'surgery' })).toEqual([
      'date',
      'herniaSite',
      'cepod',
      'side',
      'occurrence',
      'herniaType',
      'size',
      'complexity',
      'meshType',
      'anaesthetic',
      'diathermyUsed',
      'prophylacticAntibiotics',
      'additionalProcedure',
      'primarySurgeonId',
    ]);
  });

  it('finds nothing missing in a complete primary repair', () => {
    expect(missingFields('episode', completeSurgery)).toEqual([]);
  });

  it('asks for the conditional fields only when their answer calls for them', () => {
    const answers = {
      ...completeSurgery,
      herniaSite: 'other',
      occurrence: 'reRecurrent',
      meshType: 'commercial',
      anaesthetic: 'other',
      prophylacticAntibiotics: 'yes',
      additionalProcedure: 'other',
      complications: [{ code: 'bleeding' }, { code: 'other' }, { code: 'other', text: 'Cord injury' }],
    };
    expect(missingFields('episode', answers)).toEqual([
      'herniaSiteOther',
      'previousRepair',
      'previousRepairCount',
      'meshBrand',
      'anaestheticOther',
      'antibioticTimings',
      'additionalProcedureOther',
      'complications.1.text',
    ]);
    expect(
      missingFields('episode', { ...answers, occurrence: 'recurrent', previousRepair: 'mesh' }),
    ).toContain('previousRepairCount');
  });

  it('asks a discharge for the complications only when there were some, and antibiotic days only when given', () => {
    const discharge = { ...base, type: 'discharge', date: '2026-11-21', surgeryEpisodeId: SURGERY };
    expect(missingFields('episode', discharge)).toEqual(['anyComplications', 'antibioticsOnDischarge']);
    expect(
      missingFields('episode', { ...discharge, anyComplications: 'yes', antibioticsOnDischarge: 'yes' }),
    ).toEqual(['complications', 'antibioticsIvDays', 'antibioticsOralDays']);
    expect(
      missingFields('episode', { ...discharge, anyComplications: 'no', antibioticsOnDischarge: 'no' }),
    ).toEqual([]);
  });

  it('asks a follow-up for each finding', () => {
    expect(missingFields('episode', { ...base, type: 'followUp', recurrence: 'no' })).toEqual([
      'date',
      'surgeryEpisodeId',
      'pain',
      'meshAwareness',
      'infection',
      'seroma',
      'numbness',
      'furtherSurgeryNeeded',
    ]);
  });

  it('asks only for the common fields when the episode type is unknown', () => {
    expect(missingFields('episode', base)).toEqual(['date']);
    expect(missingFields('episode', { ...base, type: 'toString' })).toEqual(['date']);
    expect(missingFields('episode', 'not a record')).toEqual(['date']);
  });

  it('asks a log entry for what its kind needs', () => {
    const entry = { episodeId: EPISODE, ...base, at: '2026-11-21' };
    expect(missingFields('eventLog', { ...entry, kind: 'medication', drug: 'other' })).toEqual([
      'drugOther',
      'dose',
      'route',
    ]);
    expect(missingFields('eventLog', { ...entry, kind: 'vitals' })).toEqual([]);
    expect(missingFields('eventLog', { ...base, kind: 'complication', code: 'other' })).toEqual([
      'at',
      'text',
    ]);
  });
});

describe('reportFieldsFor', () => {
  it('gives the fields a record is judged on, to report completeness as present out of needed', () => {
    expect(reportFieldsFor('patient', {})).toEqual(['gender', 'birthYear']);
    expect(reportFieldsFor('episode', completeSurgery)).toHaveLength(14);
  });
});
