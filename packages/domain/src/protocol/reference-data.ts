import { z } from 'zod';
import { hospitalSchema } from '../records/hospital';
import { staffMemberSchema } from '../records/staff-member';

/** GET /api/hospitals — every hospital, so a device can show names and pick one offline. */
export const hospitalsResponseSchema = z.object({ hospitals: z.array(hospitalSchema) });
export type HospitalsResponse = z.infer<typeof hospitalsResponseSchema>;

/** One hospital as the server now has it, after an admin added, changed, deactivated or reactivated it. */
export const hospitalResponseSchema = z.object({ hospital: hospitalSchema });
export type HospitalResponse = z.infer<typeof hospitalResponseSchema>;

/** GET /api/staff — the staff directory, for attendee and surgeon pickers offline. */
export const staffResponseSchema = z.object({ staff: z.array(staffMemberSchema) });
export type StaffResponse = z.infer<typeof staffResponseSchema>;
