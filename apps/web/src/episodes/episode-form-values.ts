import { FOLLOW_UP_FINDINGS } from '@registry/domain';
import { textFromValue } from './form-text';

/** One row of the complications editor: a code, what happened, and when. */
export interface ComplicationRow {
  code: string;
  text: string;
  date: string;
}

/**
 * What the episode forms hold: one flat shape for all three types, every field as the form keeps it
 * (text, lists of ids, complication rows), so shared parts of the forms (date, hospital, staff,
 * complications) are one component each. A type's `…ToData` function picks its own fields.
 */
export interface EpisodeFormValues {
  date: string;
  hospitalId: string;
  attendeeIds: string[];
  complications: ComplicationRow[];
  comments: string;
  surgeryEpisodeId: string;
  // Surgery
  herniaSite: string;
  herniaSiteOther: string;
  cepod: string;
  side: string;
  occurrence: string;
  previousRepair: string;
  previousRepairCount: string;
  herniaType: string;
  size: string;
  complexity: string;
  meshType: string;
  meshBrand: string;
  anaesthetic: string;
  anaestheticOther: string;
  diathermyUsed: string;
  prophylacticAntibiotics: string;
  antibioticTimings: string[];
  additionalProcedure: string;
  additionalProcedureOther: string;
  primarySurgeonId: string;
  secondarySurgeonId: string;
  tertiarySurgeonId: string;
  // Discharge
  anyComplications: string;
  antibioticsOnDischarge: string;
  antibioticsIvDays: string;
  antibioticsOralDays: string;
  // Follow-up
  pain: string;
  painComment: string;
  meshAwareness: string;
  meshAwarenessComment: string;
  infection: string;
  infectionComment: string;
  seroma: string;
  seromaComment: string;
  numbness: string;
  numbnessComment: string;
  recurrence: string;
  recurrenceComment: string;
  furtherSurgeryNeeded: string;
  furtherSurgeryNeededComment: string;
}

/** Follow-up questions answered yes/no/unknown, each with a `<name>Comment` beside it. */
export const FOLLOW_UP_QUESTIONS = [...FOLLOW_UP_FINDINGS, 'furtherSurgeryNeeded'] as const;

type ListField = 'attendeeIds' | 'antibioticTimings' | 'complications';
type TextField = Exclude<keyof EpisodeFormValues, ListField>;

export function emptyComplicationRow(): ComplicationRow {
  return { code: '', text: '', date: '' };
}

/** A blank form: nothing chosen, so nothing needs undoing (UX.md). Defaults are laid over this. */
export function emptyEpisodeValues(): EpisodeFormValues {
  return {
    date: '',
    hospitalId: '',
    attendeeIds: [],
    complications: [],
    comments: '',
    surgeryEpisodeId: '',
    herniaSite: '',
    herniaSiteOther: '',
    cepod: '',
    side: '',
    occurrence: '',
    previousRepair: '',
    previousRepairCount: '',
    herniaType: '',
    size: '',
    complexity: '',
    meshType: '',
    meshBrand: '',
    anaesthetic: '',
    anaestheticOther: '',
    diathermyUsed: '',
    prophylacticAntibiotics: '',
    antibioticTimings: [],
    additionalProcedure: '',
    additionalProcedureOther: '',
    primarySurgeonId: '',
    secondarySurgeonId: '',
    tertiarySurgeonId: '',
    anyComplications: '',
    antibioticsOnDischarge: '',
    antibioticsIvDays: '',
    antibioticsOralDays: '',
    pain: '',
    painComment: '',
    meshAwareness: '',
    meshAwarenessComment: '',
    infection: '',
    infectionComment: '',
    seroma: '',
    seromaComment: '',
    numbness: '',
    numbnessComment: '',
    recurrence: '',
    recurrenceComment: '',
    furtherSurgeryNeeded: '',
    furtherSurgeryNeededComment: '',
  };
}

const textsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function complicationRows(value: unknown): ComplicationRow[] {
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => {
    const row = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    return { code: textFromValue(row.code), text: textFromValue(row.text), date: textFromValue(row.date) };
  });
}

/**
 * A stored episode's data as the form shows it, for editing; works for every type. Whatever the
 * data holds that the form has no field for (type, patient) is left to the caller to keep.
 */
export function episodeValuesFromData(data: Readonly<Record<string, unknown>>): EpisodeFormValues {
  const values = emptyEpisodeValues();
  for (const key of Object.keys(values) as (keyof EpisodeFormValues)[]) {
    if (key === 'attendeeIds' || key === 'antibioticTimings') values[key] = textsOf(data[key]);
    else if (key === 'complications') values.complications = complicationRows(data.complications);
    else values[key as TextField] = textFromValue(data[key]);
  }
  return values;
}
