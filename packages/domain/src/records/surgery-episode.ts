import { z } from 'zod';
import { ANTIBIOTIC_TIMINGS } from '../lists/antibiotic-timings';
import { MESH_TYPES } from '../lists/mesh-types';
import {
  ADDITIONAL_PROCEDURES,
  ANAESTHETICS,
  CEPOD_CATEGORIES,
  COMPLEXITIES,
  HERNIA_SITES,
  HERNIA_SIZES,
  HERNIA_TYPES,
  OCCURRENCES,
  PREVIOUS_REPAIRS,
  SIDES,
} from '../lists/surgery-lists';
import { TRI_STATES } from '../lists/tri-state';
import { episodeCommonShape } from './episode-common';
import { codeOf, recordId, shortText, wholeNumber } from './fields';

/** More earlier repairs than this is a typing slip, not a patient. */
export const MAX_PREVIOUS_REPAIRS = 10;

/** A mesh hernia repair. Each `…Other` text qualifies the answer `other` of the field it is named after. */
export const surgeryEpisodeSchema = z.strictObject({
  type: z.literal('surgery'),
  ...episodeCommonShape,
  herniaSite: codeOf(HERNIA_SITES).optional(),
  herniaSiteOther: shortText.optional(),
  cepod: codeOf(CEPOD_CATEGORIES).optional(),
  side: codeOf(SIDES).optional(),
  occurrence: codeOf(OCCURRENCES).optional(),
  previousRepair: codeOf(PREVIOUS_REPAIRS).optional(),
  previousRepairCount: wholeNumber
    .min(1, 'The number of previous repairs must be at least 1; leave it empty if it is not known.')
    .max(MAX_PREVIOUS_REPAIRS, {
      error: (issue) =>
        `The number of previous repairs (${issue.input}) is not believable: at most ${MAX_PREVIOUS_REPAIRS}.`,
    })
    .optional(),
  herniaType: codeOf(HERNIA_TYPES).optional(),
  size: codeOf(HERNIA_SIZES).optional(),
  complexity: codeOf(COMPLEXITIES).optional(),
  meshType: codeOf(MESH_TYPES).optional(),
  meshBrand: shortText.optional(),
  anaesthetic: codeOf(ANAESTHETICS).optional(),
  anaestheticOther: shortText.optional(),
  diathermyUsed: codeOf(TRI_STATES).optional(),
  prophylacticAntibiotics: codeOf(TRI_STATES).optional(),
  antibioticTimings: z.array(codeOf(ANTIBIOTIC_TIMINGS)).max(ANTIBIOTIC_TIMINGS.length).optional(),
  additionalProcedure: codeOf(ADDITIONAL_PROCEDURES).optional(),
  additionalProcedureOther: shortText.optional(),
  primarySurgeonId: recordId.optional(),
  secondarySurgeonId: recordId.optional(),
  tertiarySurgeonId: recordId.optional(),
});
export type SurgeryEpisodeData = z.output<typeof surgeryEpisodeSchema>;
