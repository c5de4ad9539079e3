import { z } from 'zod';
import { COMPLICATION_CODES } from '../lists/complication-codes';
import { codeOf, isoDate, shortText } from './fields';

export const MAX_COMPLICATIONS = 20;

/** A list of these rather than one text field, so that complications can be counted by kind. */
export const complicationSchema = z.strictObject({
  code: codeOf(COMPLICATION_CODES),
  text: shortText.optional(),
  date: isoDate.optional(),
});
export type Complication = z.output<typeof complicationSchema>;

export const complicationListSchema = z.array(complicationSchema).max(MAX_COMPLICATIONS);
