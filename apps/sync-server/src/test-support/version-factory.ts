import { type Actor, createVersion, type Role, type Version, type WriteContext } from '@registry/domain';
import { v7 as uuidv7 } from 'uuid';

/** A device of a test: writes versions as `actor` with a real UUIDv7 source and a settable clock. */
export function testDevice(actor: Pick<Actor, 'id'>, deviceId = `device-${uuidv7().slice(-8)}`) {
  const ctx: WriteContext = { now: new Date(), newId: uuidv7, authorId: actor.id, deviceId };
  return {
    ctx,
    patient(hospitalId: string, fullName = 'Amina Juma', extra: Record<string, unknown> = {}): Version {
      return createVersion(ctx, 'patient', { fullName, registeredHospitalId: hospitalId, ...extra });
    },
    surgery(
      patient: Version,
      hospitalId: string,
      date = '2026-01-10',
      extra: Record<string, unknown> = {},
    ): Version {
      return createVersion(ctx, 'episode', {
        type: 'surgery',
        patientId: patient.entityId,
        hospitalId,
        date,
        ...extra,
      });
    },
  };
}

export function testActor(role: Role, hospitalIds: string[] = [], overrides: Partial<Actor> = {}): Actor {
  return { id: uuidv7(), role, hospitalIds, active: true, ...overrides };
}

export const newHospitalId = (): string => uuidv7();
