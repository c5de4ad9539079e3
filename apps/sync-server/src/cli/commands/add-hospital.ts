import { createHospital } from '../../admin/hospitals-repo';
import { type CliCommand, parseCommandArgs } from '../command';
import { recordCliAudit, required, withDatabase } from '../with-database';

export const addHospitalCommand: CliCommand = {
  name: 'add-hospital',
  summary: 'Add a hospital (region and zone are free text; see the suggestions in the app).',
  usage: 'pnpm cli add-hospital --name N [--region R] [--zone Z] [--address A]',
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      name: { type: 'string' },
      region: { type: 'string' },
      zone: { type: 'string' },
      address: { type: 'string' },
    });
    const name = required(values, 'name');
    const { region, zone, address } = values;
    return withDatabase(io, async (db) => {
      const hospital = await createHospital(db, { name, region, zone, address });
      await recordCliAudit(db, io, {
        action: 'admin.hospital.create',
        subject: `hospital:${hospital.id}`,
        detail: { name: hospital.name, region, zone, address },
      });
      io.out(`Added hospital "${hospital.name}".`);
      return 0;
    });
  },
};
