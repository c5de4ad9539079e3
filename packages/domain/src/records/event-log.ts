import { z } from 'zod';
import { COMPLICATION_CODES } from '../lists/complication-codes';
import { DRUGS } from '../lists/drugs';
import { MEDICATION_ROUTES } from '../lists/medication-routes';
import { codeOf, EARLIEST_DATE, longText, recordId, shortText, text } from './fields';
import { normalizeRecordInput } from './normalize-input';
import { bloodPressureProblem, vitalSignsShape } from './vitals';

// A datetime-local form field gives no seconds and no zone, so both are optional here.
const dateOrDateTime = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
    error: (issue) =>
      `The time of the log entry ${JSON.stringify(issue.input)} is neither a date (YYYY-MM-DD) nor a date and time (YYYY-MM-DDTHH:MM).`,
  })
  .refine((at) => at.slice(0, 10) >= EARLIEST_DATE, { params: { rule: 'beforeEarliestDate' } });

/**
 * `patientId` and `hospitalId` are copied from the episode, so that the server can scope an entry
 * for permissions without reading the episode it belongs to.
 */
const logCommonShape = {
  episodeId: recordId,
  patientId: recordId,
  hospitalId: recordId,
  at: dateOrDateTime.optional(),
};

const noteEntry = z.strictObject({ kind: z.literal('note'), ...logCommonShape, text: longText.optional() });

const vitalsEntry = z
  .strictObject({ kind: z.literal('vitals'), ...logCommonShape, ...vitalSignsShape })
  .superRefine((vitals, context) => {
    const message = bloodPressureProblem(vitals);
    if (message) context.addIssue({ code: 'custom', path: ['diastolic'], input: vitals.diastolic, message });
  });

const medicationEntry = z.strictObject({
  kind: z.literal('medication'),
  ...logCommonShape,
  drug: codeOf(DRUGS).optional(),
  drugOther: shortText.optional(),
  dose: text(100).optional(),
  route: codeOf(MEDICATION_ROUTES).optional(),
});

const complicationEntry = z.strictObject({
  kind: z.literal('complication'),
  ...logCommonShape,
  code: codeOf(COMPLICATION_CODES).optional(),
  text: longText.optional(),
});

/** The `data` of a log entry version: one dated line in an episode's log. */
export const eventLogDataSchema = z.preprocess(
  normalizeRecordInput,
  z.discriminatedUnion('kind', [noteEntry, vitalsEntry, medicationEntry, complicationEntry]),
);
export type EventLogData = z.output<typeof eventLogDataSchema>;
