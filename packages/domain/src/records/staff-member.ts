import { z } from 'zod';
import { ROLES } from '../lists/roles';
import { codeOf, idList, recordId, shortText } from './fields';
import { normalizeRecordInput } from './normalize-input';

/** One user as every device sees them, to pick attendees and surgeons. Not versioned. */
export const staffMemberSchema = z.preprocess(
  normalizeRecordInput,
  z.strictObject({
    id: recordId,
    fullName: shortText,
    role: codeOf(ROLES),
    /** What a surgeon may see and record; coordinators and admins work at every hospital whatever it holds. */
    hospitalIds: idList(500).default(() => []),
    active: z.boolean(),
  }),
);
export type StaffMember = z.output<typeof staffMemberSchema>;
