import type { CliCommand } from '../command';
import { addHospitalCommand } from './add-hospital';
import { addUserCommand } from './add-user';
import { exportCommand } from './export';
import { helpCommand } from './help';
import { migrateCommand } from './migrate';
import { resetPasswordCommand } from './reset-password';
import { seedDemoCommand } from './seed-demo';

/** Every CLI command; add a new one as a file in this folder and list it here. */
export const commands: readonly CliCommand[] = [
  migrateCommand,
  addHospitalCommand,
  addUserCommand,
  resetPasswordCommand,
  seedDemoCommand,
  exportCommand,
  helpCommand(() => commands),
];
