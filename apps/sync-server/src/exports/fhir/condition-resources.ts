import { type EpisodeData, FOLLOW_UP_FINDINGS } from '@registry/domain';
import type { ExportRecord } from '../records/export-record';
import { capitalised, codeLabel } from './code-labels';
import { type EpisodeContext, patientReference } from './episode-context';
import { derivedId, referenceTo } from './fhir-references';
import type { Condition } from './fhir-types';

const VERIFICATION = 'http://terminology.hl7.org/CodeSystem/condition-ver-status';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/condition-category';

interface Finding {
  part: string;
  text: string;
  date?: string | undefined;
  note?: string | undefined;
}

/**
 * One Condition per complication of an episode, and per finding answered "yes" at a follow-up
 * (infection, recurrence…), each tied to the episode's Encounter. Clinical status is left out: the
 * registry does not record whether a complication has resolved.
 */
export function conditionResources(record: ExportRecord, context: EpisodeContext): Condition[] {
  return findings(record.data as EpisodeData).map((finding) => ({
    resourceType: 'Condition',
    id: derivedId(record.entityId, finding.part),
    verificationStatus: {
      coding: [{ system: VERIFICATION, code: record.deleted ? 'entered-in-error' : 'confirmed' }],
    },
    category: [
      { coding: [{ system: CATEGORY, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }] },
    ],
    code: { text: finding.text },
    subject: patientReference(record, context),
    encounter: referenceTo(record.entityId),
    ...(finding.date ? { onsetDateTime: finding.date } : {}),
    ...(finding.note ? { note: [{ text: finding.note }] } : {}),
  }));
}

/** The ids of the Conditions of a record, e.g. for a Procedure's complicationDetail. */
export function conditionIds(record: ExportRecord): string[] {
  return findings(record.data as EpisodeData).map((finding) => derivedId(record.entityId, finding.part));
}

function findings(data: EpisodeData): Finding[] {
  const complications = (Array.isArray(data.complications) ? data.complications : []).map((c, i) => ({
    part: `complication/${i}`,
    // "Other" says nothing by itself: its text is the complication.
    text:
      c.code === 'other' && c.text ? c.text : capitalised(codeLabel(c.code)) + (c.text ? `: ${c.text}` : ''),
    date: c.date,
  }));
  if (data.type !== 'followUp') return complications;
  const answered = FOLLOW_UP_FINDINGS.filter((name) => data[name] === 'yes').map((name) => ({
    part: `finding/${name}`,
    text: `${capitalised(codeLabel(name))} found at follow-up`,
    date: data.date,
    note: data[`${name}Comment`],
  }));
  return [...complications, ...answered];
}
