import type { LoginResponse } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { testStore } from '../local/test-store';
import { SessionController } from './session-controller';
import { memoryStorage, TEST_USER as USER } from './test-session';

/** A server that accepts one password, or no network at all. */
function server(state: { online: boolean; user?: typeof USER }) {
  return (async (_url: string, init: RequestInit) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    const { password } = JSON.parse(String(init.body)) as { password: string };
    if (password !== 'right-password')
      return new Response(JSON.stringify({ error: 'unauthorized', message: 'Wrong username or password.' }), {
        status: 401,
      });
    const body: LoginResponse = {
      token: 't0k3n',
      expiresAt: '2026-12-29T00:00:00.000Z',
      user: state.user ?? USER,
    };
    return new Response(JSON.stringify(body), { status: 200 });
  }) as typeof fetch;
}

function setup(network: { online: boolean; user?: typeof USER }) {
  let now = new Date('2026-11-29T08:00:00Z');
  const store = testStore();
  const activity = memoryStorage();
  const make = () =>
    new SessionController(store, 'device-1', {
      fetch: server(network),
      now: () => now,
      activity,
      idleMs: 60_000,
    });
  return {
    store,
    make,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('SessionController', () => {
  it('needs the network for the first sign-in on a device', async () => {
    const { make } = setup({ online: false });
    const session = make();
    await session.load();
    expect(session.state.status).toBe('signed-out');
    await expect(session.signIn('surgeon', 'right-password')).rejects.toThrow(/first sign-in/);
  });

  it('opens offline after a reload, and locks after the idle time', async () => {
    const network = { online: true };
    const { make, advance } = setup(network);
    await make().signIn('surgeon', 'right-password');
    network.online = false;
    const reloaded = make();
    await reloaded.load();
    expect(reloaded.state).toMatchObject({ status: 'active', canSync: true });
    expect(reloaded.token()).toBe('t0k3n');
    advance(61_000);
    reloaded.checkIdle();
    expect(reloaded.state.status).toBe('locked');
    expect(await reloaded.unlock('wrong')).toBe(false);
    expect(await reloaded.unlock('right-password')).toBe(true);
    expect(reloaded.state.status).toBe('active');
  });

  it('lets the last user sign in again offline with the right password only', async () => {
    const network = { online: true };
    const { make } = setup(network);
    const session = make();
    await session.signIn('surgeon', 'right-password');
    await session.signOut();
    network.online = false;
    await expect(session.signIn('surgeon', 'nope')).rejects.toThrow(/not the one/);
    await session.signIn('Surgeon', 'right-password');
    expect(session.state.status).toBe('active');
  });

  it('keeps recording when the server rejects the token, and stops offering it for sync', async () => {
    const { make } = setup({ online: true });
    const session = make();
    await session.signIn('surgeon', 'right-password');
    await session.tokenRejected('an-older-token');
    expect(session.token()).toBe('t0k3n');
    await session.tokenRejected('t0k3n');
    expect(session.state).toMatchObject({ status: 'active', canSync: false });
    expect(session.token()).toBeUndefined();
  });

  it('shows the server’s reason for a refused sign-in', async () => {
    const { make } = setup({ online: true });
    await expect(make().signIn('surgeon', 'wrong')).rejects.toThrow('Wrong username or password.');
  });
});
