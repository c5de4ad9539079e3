import type { EpisodeType } from '@registry/domain';
import type { ComplicationRow, EpisodeFormValues } from './episode-form-values';
import { FOLLOW_UP_QUESTIONS } from './episode-form-values';
import { dischargeShows, isFilledRow, surgeryShows } from './episode-visibility';
import { listOrUndefined, numberFromText, textOrUndefined, withoutUndefined } from './form-text';

// Form values → the `data` of an episode version, before writer.check. Blank answers are left
// out (missing is not invalid), numbers typed as text become numbers, and answers to questions
// the form hides are dropped. The check then trims, validates and refuses only impossible values.

type Values = Partial<EpisodeFormValues>;
type Data = Record<string, unknown>;

const pickText = <K extends keyof EpisodeFormValues>(values: Values, ...keys: K[]) =>
  Object.fromEntries(keys.map((key) => [key, textOrUndefined(values[key])]));

function complications(rows: unknown): Data[] | undefined {
  if (!Array.isArray(rows)) return undefined;
  const kept = (rows as Partial<ComplicationRow>[]).filter(isFilledRow).map((row) =>
    withoutUndefined({
      code: textOrUndefined(row.code),
      text: textOrUndefined(row.text),
      date: textOrUndefined(row.date),
    }),
  );
  return kept.length === 0 ? undefined : kept;
}

function common(type: EpisodeType, values: Values, patientId: string): Data {
  return {
    type,
    patientId,
    ...pickText(values, 'hospitalId', 'date', 'comments'),
    attendeeIds: listOrUndefined(values.attendeeIds),
    complications: complications(values.complications),
  };
}

const when = <T>(shown: boolean, value: T): T | undefined => (shown ? value : undefined);

export function surgeryToData(values: Values, patientId: string): Data {
  const shows = surgeryShows(values);
  return withoutUndefined({
    ...common('surgery', values, patientId),
    ...pickText(
      values,
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
      'secondarySurgeonId',
      'tertiarySurgeonId',
    ),
    herniaSiteOther: when(shows.herniaSiteOther, textOrUndefined(values.herniaSiteOther)),
    previousRepair: when(shows.previousRepair, textOrUndefined(values.previousRepair)),
    previousRepairCount: when(shows.previousRepair, numberFromText(values.previousRepairCount)),
    meshBrand: when(shows.meshBrand, textOrUndefined(values.meshBrand)),
    anaestheticOther: when(shows.anaestheticOther, textOrUndefined(values.anaestheticOther)),
    antibioticTimings: when(shows.antibioticTimings, listOrUndefined(values.antibioticTimings)),
    additionalProcedureOther: when(
      shows.additionalProcedureOther,
      textOrUndefined(values.additionalProcedureOther),
    ),
  });
}

export function dischargeToData(values: Values, patientId: string): Data {
  const shows = dischargeShows(values);
  const data = common('discharge', values, patientId);
  return withoutUndefined({
    ...data,
    complications: when(shows.complications, data.complications),
    ...pickText(values, 'surgeryEpisodeId', 'anyComplications', 'antibioticsOnDischarge'),
    antibioticsIvDays: when(shows.antibioticDays, numberFromText(values.antibioticsIvDays)),
    antibioticsOralDays: when(shows.antibioticDays, numberFromText(values.antibioticsOralDays)),
  });
}

export function followUpToData(values: Values, patientId: string): Data {
  const answers = FOLLOW_UP_QUESTIONS.flatMap((q) => [q, `${q}Comment` as const]);
  return withoutUndefined({
    ...common('followUp', values, patientId),
    ...pickText(values, 'surgeryEpisodeId', 'pain', 'painComment', ...answers),
  });
}

/** The mapping of the given episode type. */
export function episodeToData(type: EpisodeType, values: Values, patientId: string): Data {
  switch (type) {
    case 'surgery':
      return surgeryToData(values, patientId);
    case 'discharge':
      return dischargeToData(values, patientId);
    case 'followUp':
      return followUpToData(values, patientId);
  }
}
