import { z } from 'zod';
import { dischargeEpisodeSchema } from './discharge-episode';
import { followUpEpisodeSchema } from './follow-up-episode';
import { normalizeRecordInput } from './normalize-input';
import { surgeryEpisodeSchema } from './surgery-episode';

/** The `data` of an episode version: one medical event of a patient, told apart by `type`. */
export const episodeDataSchema = z.preprocess(
  normalizeRecordInput,
  z.discriminatedUnion('type', [surgeryEpisodeSchema, dischargeEpisodeSchema, followUpEpisodeSchema]),
);
export type EpisodeData = z.output<typeof episodeDataSchema>;

/** What the before-the-operation checks need of the linked surgery; any episode's data fits. */
export interface SurgeryReference {
  date?: string | undefined;
}
