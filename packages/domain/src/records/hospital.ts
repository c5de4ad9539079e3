import { z } from 'zod';
import { recordId, shortText, text } from './fields';
import { normalizeRecordInput } from './normalize-input';

/**
 * Reference data managed online by admins. Region and zone are text, with TANZANIA_REGIONS and
 * TANZANIA_ZONES as suggestions, so that a camp outside those lists can still be set up.
 */
export const hospitalSchema = z.preprocess(
  normalizeRecordInput,
  z.strictObject({
    id: recordId,
    name: shortText,
    address: text(500).optional(),
    region: text(100).optional(),
    zone: text(100).optional(),
    active: z.boolean(),
  }),
);
export type Hospital = z.output<typeof hospitalSchema>;
