import type { Translate } from '../episodes/list-labels';
import type { ConfirmOutcome } from '../forms/confirm-modal';
import { SyncError } from '../sync/sync-error';

/**
 * A failed admin call in the screen's language. A refusal (a name taken, a password too short, one's
 * own account) keeps the server's sentence, which says what to change; other failures say what to do.
 */
export function adminErrorText(t: Translate, error: unknown): string {
  if (!(error instanceof SyncError)) return t('admin:errors.server');
  switch (error.kind) {
    case 'offline':
      return t('admin:errors.offline');
    case 'signed-out':
      return t('admin:errors.signedOut');
    case 'forbidden':
    case 'bad-request':
      return t('admin:errors.refused', { message: error.message });
    default:
      return t('admin:errors.server');
  }
}

/** An admin call made from a confirming dialog: done, or failed with why in words, the dialog open. */
export async function adminOutcome(t: Translate, call: () => Promise<unknown>): Promise<ConfirmOutcome> {
  try {
    await call();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: adminErrorText(t, error) };
  }
}
