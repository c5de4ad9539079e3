import { z } from 'zod';
import { PAIN_LEVELS } from '../lists/follow-up-lists';
import { TRI_STATES } from '../lists/tri-state';
import { episodeCommonShape } from './episode-common';
import { codeOf, recordId, shortText } from './fields';

const finding = codeOf(TRI_STATES).optional();
const comment = shortText.optional();

/** A review after discharge. The findings match FOLLOW_UP_FINDINGS, each with its comment beside it. */
export const followUpEpisodeSchema = z.strictObject({
  type: z.literal('followUp'),
  ...episodeCommonShape,
  surgeryEpisodeId: recordId.optional(),
  pain: codeOf(PAIN_LEVELS).optional(),
  painComment: comment,
  meshAwareness: finding,
  meshAwarenessComment: comment,
  infection: finding,
  infectionComment: comment,
  seroma: finding,
  seromaComment: comment,
  numbness: finding,
  numbnessComment: comment,
  recurrence: finding,
  recurrenceComment: comment,
  furtherSurgeryNeeded: finding,
  furtherSurgeryNeededComment: comment,
});
export type FollowUpEpisodeData = z.output<typeof followUpEpisodeSchema>;
