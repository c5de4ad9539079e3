/** Why a sync step failed, so the screen can say it in the person's language and decide what to do. */
export type SyncErrorKind =
  | 'offline' // no answer at all: keep working, try again later
  | 'signed-out' // the session ended: recording goes on, the outbox waits for the next sign-in
  | 'forbidden' // the account may not do this
  | 'too-large' // a batch over the server's limit
  | 'bad-request' // the server refused the request's shape (a bug, or an old app)
  | 'server'; // the server failed or answered something unexpected

export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** The kind of failure an HTTP status means. */
export function kindOfStatus(status: number): SyncErrorKind {
  if (status === 401) return 'signed-out';
  if (status === 403) return 'forbidden';
  if (status === 413) return 'too-large';
  if (status >= 400 && status < 500) return 'bad-request';
  return 'server';
}
