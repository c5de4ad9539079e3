import type { CliCommand } from '../command';
import { addHospitalCommand } from './add-hospital';
import { addUserCommand } from './add-user';
import { backupCommand } from './backup';
import { compareDatabasesCommand } from './compare-databases';
import { exportCommand } from './export';
import { helpCommand } from './help';
import { importDeviceExportCommand } from './import-device-export';
import { migrateCommand } from './migrate';
import { resetPasswordCommand } from './reset-password';
import { restoreCommand } from './restore';
import { seedDemoCommand } from './seed-demo';
import { verifyBackupCommand } from './verify-backup';

/** Every CLI command; add a new one as a file in this folder and list it here. */
export const commands: readonly CliCommand[] = [
  migrateCommand,
  addHospitalCommand,
  addUserCommand,
  resetPasswordCommand,
  seedDemoCommand,
  exportCommand,
  importDeviceExportCommand,
  backupCommand,
  restoreCommand,
  verifyBackupCommand,
  compareDatabasesCommand,
  helpCommand(() => commands),
];
