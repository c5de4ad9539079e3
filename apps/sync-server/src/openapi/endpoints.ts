import {
  EPISODE_ONLY_FILTERS,
  hospitalsResponseSchema,
  loginRequestSchema,
  loginResponseSchema,
  pullQuerySchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
  recentQuerySchema,
  recentResponseSchema,
  sessionUserSchema,
  staffResponseSchema,
} from '@registry/domain';
import { newUserSchema } from '../auth/user-rules';
import {
  EVENT_LOG_REFUSED_FILTERS,
  episodeFiltersSchema,
  eventLogFiltersSchema,
  patientFiltersSchema,
} from '../exports/records/export-filters';
import { versionsQuerySchema } from '../exports/versions/versions-query';
import type { Endpoint } from './endpoint';
import { csvExport, exportFiltersNote, text, userAction } from './endpoint-builders';
import * as req from './request-schemas';
import * as res from './response-schemas';

// Every endpoint of the server, in one list. A test compares it with the routes the app registers,
// so a route added without a line here fails the build. Add new endpoints here, in their area.

export const ENDPOINTS: Endpoint[] = [
  // ops
  {
    method: 'get',
    path: '/api/health',
    tag: 'ops',
    access: 'public',
    summary: 'For load balancers: 200 when the database answers and is migrated',
    ok: { description: 'Healthy.', json: res.healthSchema },
    errors: { 503: 'Degraded: the body says why.' },
  },
  {
    method: 'get',
    path: '/api/version',
    tag: 'ops',
    access: 'public',
    summary: 'Server, protocol and data schema versions',
    ok: { description: 'The versions.', json: res.versionInfoSchema },
  },
  {
    method: 'get',
    path: '/api/status',
    tag: 'ops',
    access: 'public',
    summary: 'Database reachable and migrated, and the server time',
    ok: { description: 'The status (200 also when degraded).', json: res.statusSchema },
  },
  {
    method: 'get',
    path: '/api/stats',
    tag: 'ops',
    access: 'coordinator',
    summary: 'Counts of records by entity, hospital and state; versions; devices',
    ok: { description: 'The counts.', json: res.statsSchema },
  },

  // identity
  {
    method: 'post',
    path: '/api/auth/login',
    tag: 'auth',
    access: 'public',
    summary: 'Sign in',
    body: loginRequestSchema,
    ok: { description: 'A bearer token for every other call.', json: loginResponseSchema },
    errors: { 429: 'Locked after repeated failures; Retry-After says for how long.' },
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    tag: 'auth',
    access: 'signed-in',
    summary: 'Sign out: the token stops working',
    ok: { status: 204, description: 'Signed out.' },
  },
  {
    method: 'get',
    path: '/api/auth/me',
    tag: 'auth',
    access: 'signed-in',
    summary: 'The signed-in user, fresh from the database',
    ok: { description: 'The user.', json: sessionUserSchema },
  },

  // sync (SYNC.md)
  {
    method: 'post',
    path: '/api/sync/push',
    tag: 'sync',
    access: 'signed-in',
    summary: 'Push versions; idempotent',
    description:
      'Each version is accepted, reported as a duplicate, or rejected with a reason. A rejection marked ' +
      'retryable: true names a parent the server does not have yet: keep the version and send it again ' +
      'at the next sync. Optional headers X-App-Version, X-Pending-Versions, X-Oldest-Pending-At describe the device.',
    query: req.pushQuery,
    body: pushRequestSchema,
    ok: { description: 'Where each version went.', json: pushResponseSchema },
    errors: { 413: 'Too many versions or bytes; the message gives the limit.' },
  },
  {
    method: 'get',
    path: '/api/sync/pull',
    tag: 'sync',
    access: 'signed-in',
    summary: 'Versions received after the cursor that the user may see',
    description:
      'Repeat with the returned cursor until more is false. Optional header X-Device-Id. A page with ' +
      'restored: true means the database was restored from a backup older than the cursor: the pull ' +
      'starts again from the beginning, and a device should push again every version of its user it holds.',
    query: pullQuerySchema,
    ok: { description: 'A page of versions.', json: pullResponseSchema },
  },
  {
    method: 'get',
    path: '/api/sync/recent',
    tag: 'sync',
    access: 'signed-in',
    summary: 'The newest versions the user may see, with their patients, for a first sync',
    description:
      'At most `limit` of the newest versions, and every version of the patients they belong to, in seq order. A device asks for them before its first full pull so that recent patients and open worklists show at once; everything comes again through the pull, which alone advances a cursor.',
    query: recentQuerySchema,
    ok: { description: 'The versions.', json: recentResponseSchema },
  },

  // reference data
  {
    method: 'get',
    path: '/api/hospitals',
    tag: 'reference',
    access: 'signed-in',
    summary: 'Every hospital, for offline use',
    ok: { description: 'The hospitals.', json: hospitalsResponseSchema },
  },
  {
    method: 'get',
    path: '/api/staff',
    tag: 'reference',
    access: 'signed-in',
    summary: 'The staff directory, for offline use',
    ok: { description: 'The staff.', json: staffResponseSchema },
  },

  // administration
  {
    method: 'get',
    path: '/api/admin/users',
    tag: 'admin',
    access: 'admin',
    summary: 'Every user',
    ok: { description: 'The users.', json: res.adminUsersEnvelope },
  },
  {
    method: 'post',
    path: '/api/admin/users',
    tag: 'admin',
    access: 'admin',
    summary: 'Add a user',
    body: newUserSchema,
    ok: { status: 201, description: 'The new user.', json: res.adminUserEnvelope },
    errors: { 409: 'The user name is taken.' },
  },
  userAction('post', '/deactivate', 'Deactivate a user'),
  userAction('post', '/reactivate', 'Reactivate a user'),
  userAction('post', '/password', "Reset a user's password (also lifts a lockout)", req.passwordBody),
  userAction('put', '/role', "Change a user's role", req.roleBody),
  userAction('put', '/hospitals', "Set a user's hospitals", req.hospitalsBody),
  {
    method: 'get',
    path: '/api/admin/hospitals',
    tag: 'admin',
    access: 'admin',
    summary: 'Every hospital, inactive ones too',
    ok: { description: 'The hospitals.', json: hospitalsResponseSchema },
  },
  {
    method: 'post',
    path: '/api/admin/hospitals',
    tag: 'admin',
    access: 'admin',
    summary: 'Add a hospital',
    body: req.newHospitalBody,
    ok: { status: 201, description: 'The new hospital.', json: res.hospitalEnvelope },
    errors: { 409: 'The name is taken.' },
  },
  {
    method: 'patch',
    path: '/api/admin/hospitals/:id',
    tag: 'admin',
    access: 'admin',
    summary: 'Change a hospital (null clears a field)',
    body: req.hospitalChangesBody,
    ok: { description: 'The hospital.', json: res.hospitalEnvelope },
    errors: { 404: 'No hospital has this id.', 409: 'The name is taken.' },
  },
  {
    method: 'post',
    path: '/api/admin/hospitals/:id/deactivate',
    tag: 'admin',
    access: 'admin',
    summary: 'Deactivate a hospital',
    ok: { description: 'The hospital.', json: res.hospitalEnvelope },
    errors: { 404: 'No hospital has this id.' },
  },
  {
    method: 'post',
    path: '/api/admin/hospitals/:id/reactivate',
    tag: 'admin',
    access: 'admin',
    summary: 'Reactivate a hospital',
    ok: { description: 'The hospital.', json: res.hospitalEnvelope },
    errors: { 404: 'No hospital has this id.' },
  },
  {
    method: 'get',
    path: '/api/admin/devices',
    tag: 'admin',
    access: 'admin',
    summary: 'Every device the server has heard from, the most recently heard from first',
    description:
      'What each device said about itself on its last push or pull (headers X-Device-Id, X-App-Version, X-Pending-Versions, X-Oldest-Pending-At), with the user last signed in on it: devices holding unsynced work, or gone quiet.',
    ok: { description: 'The devices.', json: res.adminDevicesEnvelope },
  },
  {
    method: 'get',
    path: '/api/admin/audit',
    tag: 'admin',
    access: 'admin',
    summary: 'The audit log, newest first',
    query: req.auditQuery,
    ok: { description: 'A page of entries.', json: res.auditPageSchema },
  },

  // exports: coordinators and admins, each audited
  csvExport('/api/exports/patients.csv', 'patients', patientFiltersSchema, EPISODE_ONLY_FILTERS),
  csvExport('/api/exports/episodes.csv', 'episodes', episodeFiltersSchema),
  csvExport('/api/exports/event-logs.csv', 'log entries', eventLogFiltersSchema, EVENT_LOG_REFUSED_FILTERS),
  {
    method: 'get',
    path: '/api/exports/versions.ndjson',
    tag: 'exports',
    access: 'coordinator',
    summary: 'Versions received after a cursor, one JSON per line',
    description:
      'In seq order, in the wire shape of a pull. Keep X-Next-Cursor as your watermark and call again with after=<it> while X-More is true.',
    query: versionsQuerySchema,
    ok: {
      description: 'A page of versions.',
      content: text('application/x-ndjson'),
      headers: {
        'X-Next-Cursor': 'The cursor to send as `after` next time.',
        'X-More': 'true when more versions are already waiting.',
      },
    },
  },
  {
    method: 'get',
    path: '/api/exports/fhir',
    tag: 'exports',
    access: 'coordinator',
    summary: 'Patients, episodes and complications as a FHIR R4 Bundle',
    description: `A collection Bundle of Patient, Encounter, Procedure, Condition, Organization and Practitioner resources. Episodes match the filters; patients are those the patient CSV would list with the same filters (none when type or surgeonId is given) plus every patient an exported episode or merge names, so every reference resolves inside the Bundle. Deleted records are marked entered-in-error (status or verificationStatus) or inactive. ${exportFiltersNote()}`,
    query: episodeFiltersSchema,
    ok: {
      description: 'The Bundle.',
      content: { type: 'application/fhir+json', schema: { type: 'object' } },
    },
  },

  // this document
  {
    method: 'get',
    path: '/api/openapi.json',
    tag: 'docs',
    access: 'public',
    summary: 'This OpenAPI 3.1 document',
    ok: { description: 'The document.', content: { type: 'application/json', schema: { type: 'object' } } },
  },
  {
    method: 'get',
    path: '/api/docs',
    tag: 'docs',
    access: 'public',
    summary: 'Swagger UI for this document, served offline',
    ok: { description: 'The page.', content: text('text/html') },
  },
  {
    method: 'get',
    path: '/api/docs/:file',
    tag: 'docs',
    access: 'public',
    summary: "Swagger UI's scripts and styles",
    ok: { description: 'The file.', content: text('application/javascript') },
    errors: { 404: 'Not one of its files.' },
  },
];
