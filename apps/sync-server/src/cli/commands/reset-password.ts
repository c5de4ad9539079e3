import { passwordProblem } from '../../auth/passwords';
import { setUserPassword } from '../../auth/user-updates-repo';
import { findUserByUsername } from '../../auth/users-repo';
import { type CliCommand, parseCommandArgs, UsageError } from '../command';
import { recordCliAudit, required, withDatabase } from '../with-database';

export const resetPasswordCommand: CliCommand = {
  name: 'reset-password',
  summary: "Set a user's password; lifts a lockout and ends their sessions.",
  usage: 'pnpm cli reset-password --username U --password P',
  async run(args, io) {
    const { values } = parseCommandArgs(args, { username: { type: 'string' }, password: { type: 'string' } });
    const username = required(values, 'username');
    const password = required(values, 'password');
    const weak = passwordProblem(password);
    if (weak) throw new UsageError(weak);
    return withDatabase(io, async (db) => {
      const user = await findUserByUsername(db, username);
      if (!user) {
        io.err(`There is no user named "${username}".`);
        return 1;
      }
      await setUserPassword(db, user.id, password);
      await recordCliAudit(db, io, {
        action: 'admin.user.reset-password',
        subject: `user:${user.id}`,
        detail: { username: user.username },
      });
      io.out(`The password of "${user.username}" is changed; they must sign in again with it.`);
      return 0;
    });
  },
};
