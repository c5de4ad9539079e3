/**
 * The version of the wire protocol (SYNC.md). Clients send it as `X-Protocol-Version`; the server
 * reports it at /api/version. Bump it on any change a deployed client would notice.
 *
 * History:
 * 1 — login, push, pull with an opaque cursor, hospitals and staff as sibling endpoints.
 * 2 — GET /api/sync/recent: the newest versions and their patients, for a first sync (optional).
 */
export const PROTOCOL_VERSION = 2;
export const PROTOCOL_HEADER = 'X-Protocol-Version';
