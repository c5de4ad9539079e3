import type { CliCommand } from '../command';
import { helpCommand } from './help';
import { migrateCommand } from './migrate';

/** Every CLI command; add a new one as a file in this folder and list it here. */
export const commands: readonly CliCommand[] = [migrateCommand, helpCommand(() => commands)];
