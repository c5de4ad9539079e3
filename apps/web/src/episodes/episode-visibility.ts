import { isCode, REPEAT_OCCURRENCES } from '@registry/domain';
import type { ComplicationRow, EpisodeFormValues } from './episode-form-values';

// Which follow-on questions a form shows, given the answers so far. The same rules decide what is
// saved: an answer to a hidden question (a mesh brand after the mesh was changed from commercial)
// would contradict the visible ones, so it is dropped; the draft still holds it if the person
// changes their mind before saving.

type Answers = Partial<EpisodeFormValues>;

export function surgeryShows(values: Answers) {
  return {
    herniaSiteOther: values.herniaSite === 'other',
    previousRepair: isCode(REPEAT_OCCURRENCES, values.occurrence),
    meshBrand: values.meshType === 'commercial',
    anaestheticOther: values.anaesthetic === 'other',
    antibioticTimings: values.prophylacticAntibiotics === 'yes',
    additionalProcedureOther: values.additionalProcedure === 'other',
  };
}

/** A row with anything typed in it; wholly blank rows are unused and never saved. */
export function isFilledRow(row: Partial<ComplicationRow> | undefined): boolean {
  return !!row && [row.code, row.text, row.date].some((v) => typeof v === 'string' && v.trim() !== '');
}

export function dischargeShows(values: Answers) {
  const rows = Array.isArray(values.complications) ? values.complications : [];
  return {
    antibioticDays: values.antibioticsOnDischarge === 'yes',
    // Listed complications are kept unless the answer is No: a record from a paper backlog may list
    // them with the question itself unanswered.
    complications:
      values.anyComplications === 'yes' || (values.anyComplications !== 'no' && rows.some(isFilledRow)),
  };
}
