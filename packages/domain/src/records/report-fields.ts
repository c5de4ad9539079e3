import { REPEAT_OCCURRENCES } from '../lists/surgery-lists';

// The fields the reports need (DOMAIN.md, "Reports"), kept here and nowhere else: the
// "still missing" hints, the incomplete worklist and the completeness report all read this.

type Values = Readonly<Record<string, unknown>>;

export interface ReportField {
  /** A field name, or `list.*.field` for a field of every item of a list. */
  field: string;
  /** When the field only matters given other answers; for `list.*` fields it is asked of each item. */
  when?: (values: Values) => boolean;
}

const answered =
  (field: string, ...values: readonly string[]) =>
  (record: Values) =>
    values.includes(record[field] as string);

const OTHER_COMPLICATION_TEXT: ReportField = {
  field: 'complications.*.text',
  when: answered('code', 'other'),
};

const SURGERY: readonly ReportField[] = [
  { field: 'herniaSite' },
  { field: 'herniaSiteOther', when: answered('herniaSite', 'other') },
  { field: 'cepod' },
  { field: 'side' },
  { field: 'occurrence' },
  { field: 'previousRepair', when: answered('occurrence', ...REPEAT_OCCURRENCES) },
  { field: 'previousRepairCount', when: answered('occurrence', ...REPEAT_OCCURRENCES) },
  { field: 'herniaType' },
  { field: 'size' },
  { field: 'complexity' },
  { field: 'meshType' },
  { field: 'meshBrand', when: answered('meshType', 'commercial') },
  { field: 'anaesthetic' },
  { field: 'anaestheticOther', when: answered('anaesthetic', 'other') },
  { field: 'diathermyUsed' },
  { field: 'prophylacticAntibiotics' },
  { field: 'antibioticTimings', when: answered('prophylacticAntibiotics', 'yes') },
  { field: 'additionalProcedure' },
  { field: 'additionalProcedureOther', when: answered('additionalProcedure', 'other') },
  { field: 'primarySurgeonId' },
  OTHER_COMPLICATION_TEXT,
];

const DISCHARGE: readonly ReportField[] = [
  { field: 'surgeryEpisodeId' },
  { field: 'anyComplications' },
  { field: 'complications', when: answered('anyComplications', 'yes') },
  OTHER_COMPLICATION_TEXT,
  { field: 'antibioticsOnDischarge' },
  { field: 'antibioticsIvDays', when: answered('antibioticsOnDischarge', 'yes') },
  { field: 'antibioticsOralDays', when: answered('antibioticsOnDischarge', 'yes') },
];

const FOLLOW_UP: readonly ReportField[] = [
  { field: 'surgeryEpisodeId' },
  { field: 'pain' },
  { field: 'meshAwareness' },
  { field: 'infection' },
  { field: 'seroma' },
  { field: 'numbness' },
  { field: 'recurrence' },
  { field: 'furtherSurgeryNeeded' },
  OTHER_COMPLICATION_TEXT,
];

export const REPORT_FIELDS = {
  patient: [{ field: 'gender' }, { field: 'birthYear' }],
  episode: {
    common: [{ field: 'date' }],
    byType: { surgery: SURGERY, discharge: DISCHARGE, followUp: FOLLOW_UP },
  },
  eventLog: {
    common: [{ field: 'at' }],
    byKind: {
      note: [{ field: 'text' }],
      vitals: [],
      medication: [
        { field: 'drug' },
        { field: 'drugOther', when: answered('drug', 'other') },
        { field: 'dose' },
        { field: 'route' },
      ],
      complication: [{ field: 'code' }, { field: 'text', when: answered('code', 'other') }],
    },
  },
} as const satisfies {
  patient: readonly ReportField[];
  episode: { common: readonly ReportField[]; byType: Record<string, readonly ReportField[]> };
  eventLog: { common: readonly ReportField[]; byKind: Record<string, readonly ReportField[]> };
};
