import { createApp } from '../app';
import type { AuthOptions } from '../auth/auth-options';
import type { RegistryDb } from '../db/registry-db';
import { testAuthOptions } from './auth-fixtures';
import { silentLogger } from './silent-logger';

/** The whole HTTP app over a test database, quiet, with cheap password hashing and any auth overrides. */
export function testApp(db: RegistryDb, auth: Partial<AuthOptions> = {}) {
  return createApp({ db, logger: silentLogger(), version: 'test', webDist: '', auth: testAuthOptions(auth) });
}
