import { z } from 'zod';
import { TRI_STATES, YES_NO } from '../lists/tri-state';
import { episodeCommonShape } from './episode-common';
import { codeOf, recordId, wholeNumber } from './fields';

/** Longer than any course given on discharge after a hernia repair; more is a typing slip. */
export const MAX_ANTIBIOTIC_DAYS = 60;

const antibioticDays = (route: 'IV' | 'oral') =>
  wholeNumber
    .min(0, `The number of days of ${route} antibiotics cannot be negative.`)
    .max(MAX_ANTIBIOTIC_DAYS, {
      error: (issue) =>
        `The number of days of ${route} antibiotics (${issue.input}) is more than ${MAX_ANTIBIOTIC_DAYS}; check it.`,
    })
    .optional();

/**
 * Leaving hospital after an operation. Which complications occurred is the shared `complications`
 * list; `anyComplications` says whether the question was answered, so an empty list is not read as "none".
 */
export const dischargeEpisodeSchema = z
  .strictObject({
    type: z.literal('discharge'),
    ...episodeCommonShape,
    surgeryEpisodeId: recordId.optional(),
    anyComplications: codeOf(TRI_STATES).optional(),
    antibioticsOnDischarge: codeOf(YES_NO).optional(),
    antibioticsIvDays: antibioticDays('IV'),
    antibioticsOralDays: antibioticDays('oral'),
  })
  .superRefine((discharge, context) => {
    const listed = discharge.complications?.length ?? 0;
    if (discharge.anyComplications === 'no' && listed > 0) {
      context.addIssue({
        code: 'custom',
        path: ['anyComplications'],
        input: discharge.anyComplications,
        message: `"Any complications" is No, but ${listed} complication${listed === 1 ? ' is' : 's are'} listed; answer Yes or remove ${listed === 1 ? 'it' : 'them'}.`,
      });
    }
  });
export type DischargeEpisodeData = z.output<typeof dischargeEpisodeSchema>;
