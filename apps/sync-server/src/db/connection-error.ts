/** A database that cannot be used, said in one sentence a person can act on; printed without a stack. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

function codesOf(error: unknown): string[] {
  if (!error || typeof error !== 'object') return [];
  const own = 'code' in error && typeof error.code === 'string' ? [error.code] : [];
  // Node reports a refused connection to a name with several addresses as an AggregateError.
  const nested = error instanceof AggregateError ? error.errors.flatMap(codesOf) : [];
  return [...own, ...nested];
}

export function isConnectionRefused(error: unknown): boolean {
  return codesOf(error).some((code) => code === 'ECONNREFUSED' || code === 'ENOENT');
}

export function isUnknownDatabase(error: unknown): boolean {
  return codesOf(error).includes('ER_BAD_DB_ERROR');
}

/** Why the database cannot be reached, in plain words (no driver internals, no secrets). */
export function describeDatabaseError(error: unknown): string {
  const codes = codesOf(error);
  const has = (...wanted: string[]) => codes.some((code) => wanted.includes(code));
  if (has('ECONNREFUSED', 'ENOENT')) return 'nothing answers at that address';
  if (has('ER_ACCESS_DENIED_ERROR', 'ER_ACCESS_DENIED_NO_PASSWORD_ERROR')) {
    return 'the database refused the user name or password';
  }
  if (has('ER_DBACCESS_DENIED_ERROR')) return 'the user may not use that database';
  if (has('ER_HOST_NOT_PRIVILEGED')) return 'the database does not accept connections from this host';
  if (has('ENOTFOUND', 'EAI_AGAIN')) return 'the host name is unknown';
  if (has('ETIMEDOUT', 'ECONNRESET', 'PROTOCOL_CONNECTION_LOST', 'EHOSTUNREACH', 'ENETUNREACH')) {
    return 'the connection timed out or was cut';
  }
  if (error instanceof Error && /pool is closed/i.test(error.message)) return 'the connection pool is closed';
  const code = codes[0];
  return code ? `the database reported ${code}` : 'the database could not be reached';
}
