import { complicationListSchema } from './complication';
import { idList, isoDate, longText, recordId } from './fields';

/**
 * Fields every episode type has. Spread into each type's object rather than nested, so that
 * episodes stay flat for forms and CSV columns.
 */
export const episodeCommonShape = {
  patientId: recordId,
  hospitalId: recordId,
  /** Optional like every clinical field: an operation from a paper backlog may have no date yet. */
  date: isoDate.optional(),
  attendeeIds: idList(50).optional(),
  complications: complicationListSchema.optional(),
  comments: longText.optional(),
};
