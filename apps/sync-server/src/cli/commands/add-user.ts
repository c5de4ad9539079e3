import { ROLES, type Role } from '@registry/domain';
import { findHospitalsByName } from '../../admin/hospitals-repo';
import { passwordProblem } from '../../auth/passwords';
import { createUser } from '../../auth/users-repo';
import { type CliCommand, parseCommandArgs, UsageError } from '../command';
import { recordCliAudit, required, withDatabase } from '../with-database';

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

export const addUserCommand: CliCommand = {
  name: 'add-user',
  summary: 'Add a user (e.g. the first admin); --hospital may be repeated.',
  usage:
    'pnpm cli add-user --username U --password P --role surgeon|coordinator|admin [--hospital NAME]... [--full-name F]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      username: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      hospital: { type: 'string', multiple: true },
      'full-name': { type: 'string' },
    });
    const username = required(values, 'username');
    const password = required(values, 'password');
    const role = required(values, 'role');
    if (!isRole(role)) throw new UsageError(`Unknown role "${role}": use one of ${ROLES.join(', ')}`);
    const weak = passwordProblem(password);
    if (weak) throw new UsageError(weak);
    const names = [...new Set(values.hospital ?? [])];
    return withDatabase(io, async (db) => {
      const found = await findHospitalsByName(db, names);
      const known = new Set(found.map((hospital) => hospital.name.toLowerCase()));
      const missing = names.find((name) => !known.has(name.trim().toLowerCase()));
      if (missing !== undefined) {
        io.err(
          `There is no hospital named "${missing}"; add it first with pnpm cli add-hospital --name "${missing}".`,
        );
        return 1;
      }
      const hospitalIds = found.map((hospital) => hospital.id);
      const fullName = values['full-name'] ?? username;
      const user = await createUser(db, { username, fullName, password, role, hospitalIds });
      await recordCliAudit(db, io, {
        action: 'admin.user.create',
        subject: `user:${user.id}`,
        detail: { username: user.username, role, hospitalIds },
      });
      const where = found.length ? ` at ${found.map((hospital) => hospital.name).join(', ')}` : '';
      io.out(`Added ${role} "${user.username}" (${user.fullName})${where}.`);
      return 0;
    });
  },
};
