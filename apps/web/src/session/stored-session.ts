import type { SessionUser } from '@registry/domain';
import type { PasswordCheck } from './password-check';

/** What the device remembers of the last sign-in, in the local store's meta table. */
export interface StoredSession {
  user: SessionUser;
  /** The server's bearer token; cleared when the server says it is no longer valid. */
  token?: string;
  expiresAt?: string;
  passwordCheck: PasswordCheck;
  signedInAt: string;
}

export const SESSION_KEY = 'session';
