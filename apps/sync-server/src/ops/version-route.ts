import { DATA_SCHEMA_VERSION, PROTOCOL_VERSION } from '@registry/domain';
import { Hono } from 'hono';

export interface VersionInfo {
  /** The server build, e.g. "0.1.0+055d9f5". */
  version: string;
  /** The wire protocol a client must speak (domain PROTOCOL_VERSION). */
  protocolVersion: number;
  /** The shape of record data this server writes and checks (domain DATA_SCHEMA_VERSION). */
  dataSchemaVersion: number;
}

/** GET /version: public, so that a device can tell before signing in whether it needs an update. */
export function versionRoute(version: string) {
  return new Hono().get('/version', (c) =>
    c.json<VersionInfo>({
      version,
      protocolVersion: PROTOCOL_VERSION,
      dataSchemaVersion: DATA_SCHEMA_VERSION,
    }),
  );
}
