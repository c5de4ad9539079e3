import type { Translate } from '../episodes/list-labels';
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
