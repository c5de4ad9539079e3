import { createVersion, type Version } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { testStore } from '../local/test-store';
import { SessionController } from '../session/session-controller';
import { memoryStorage, signInServer, TEST_USER as USER } from '../session/test-session';
import { MemorySyncServer } from './memory-sync-server';
import { SyncController } from './sync-controller';
import type { SyncTransport } from './sync-transport';

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';

let ids = 0;
const patient = (fullName: string): Version =>
  createVersion<Record<string, unknown>>(
    {
      now: new Date('2026-11-29T08:00:00Z'),
      newId: () => `0192f4c1-0000-7000-8000-${(++ids).toString(16).padStart(12, '0')}`,
      authorId: USER.id,
      deviceId: 'phone',
    },
    'patient',
    { fullName, registeredHospitalId: HOSPITAL },
  );

async function signedInDevice() {
  const store = testStore();
  const session = new SessionController(store, 'phone', { fetch: signInServer, activity: memoryStorage() });
  await session.load();
  await session.signIn(USER.username, 'a-long-password');
  const server = new MemorySyncServer();
  let pushes = 0;
  const transport: SyncTransport = {
    push: (request) => {
      pushes++;
      return server.push(request);
    },
    pull: (cursor, limit) => server.pull(cursor, limit),
  };
  const controller = new SyncController(store, session, {
    deviceId: 'phone',
    appVersion: 'test',
    transport,
    fetch: signInServer,
    debounceMs: 5,
    intervalMs: 3_600_000,
  });
  return { store, server, controller, pushes: () => pushes };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('SyncController', () => {
  it('does not sync again and again for a version that waits on another device', async () => {
    const { store, controller, pushes } = await signedInDevice();
    // Built on a version the server does not have yet (another person's device still holds it).
    await store.save({ ...patient('Waiting'), parents: ['0192f4c1-0000-7000-8000-ffffffffffff'] });
    const stop = controller.start();
    await controller.syncNow();
    // With a 5 ms pause after each save, a loop would have pushed dozens of times by now.
    await settle();
    stop();
    expect(controller.state).toMatchObject({ pending: 1, waiting: 1, rejected: 0 });
    expect(pushes()).toBeLessThanOrEqual(2);
  });

  it('syncs again soon for a save made while a sync ran', async () => {
    const { store, server, controller } = await signedInDevice();
    const stop = controller.start();
    const running = controller.syncNow();
    await store.save(patient('Saved meanwhile'));
    await running;
    await settle();
    stop();
    expect(server.stored).toHaveLength(1);
    expect(controller.state.pending).toBe(0);
  });
});
