/**
 * A backup, restore or comparison that cannot be done or did not check out, said in sentences a person
 * can act on; the commands print it without a stack and exit 1.
 */
export class BackupError extends Error {
  override name = 'BackupError';
}
