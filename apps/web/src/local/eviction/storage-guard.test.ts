import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDeviceCookie } from './device-cookie';
import { testBrowser } from './test-browser';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the storage guard', () => {
  it('keeps the cookie telling how many changes wait and since when, as they are saved and synced', async () => {
    const browser = testBrowser();
    const app = await browser.start();
    await app.signIn();
    expect(readDeviceCookie(browser.cookies)).toEqual({
      deviceId: app.check.deviceId,
      held: true,
      pending: 0,
    });

    const [first, second, third] = await app.savePatients(3);
    expect(readDeviceCookie(browser.cookies)).toEqual({
      deviceId: app.check.deviceId,
      held: true,
      pending: 3,
      oldestPendingAt: first?.createdAt,
    });
    if (!first || !second || !third) throw new Error('three patients were saved');
    await app.acknowledge([first]);
    expect(readDeviceCookie(browser.cookies)).toMatchObject({
      pending: 2,
      oldestPendingAt: second.createdAt,
    });
    await app.acknowledge([second, third]);
    expect(readDeviceCookie(browser.cookies)).toEqual({
      deviceId: app.check.deviceId,
      held: true,
      pending: 0,
    });
  });

  it('a store deleted while the app is open: asks for a reload, and the next start names what was lost', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const browser = testBrowser();
    const app = await browser.start();
    await app.signIn();
    const [oldest] = await app.savePatients(2);

    await browser.evict();
    await app.guard.settled();
    expect(app.guard.state.deletedWhileOpen).toBe(true);
    // The app goes on over an empty store until reloaded: what it saves there must not make the
    // cookie forget the two changes that went with the deleted one.
    await app.savePatients(1);
    expect(readDeviceCookie(browser.cookies)).toMatchObject({
      pending: 2,
      oldestPendingAt: oldest?.createdAt,
    });
    app.close();

    const after = await browser.start();
    expect(after.check).toMatchObject({
      deviceId: app.check.deviceId,
      finding: 'lost',
      loss: { lostChanges: 2, oldestLostAt: oldest?.createdAt },
    });
    // The change saved after the deletion is still there, waiting to go up from the same device.
    expect((await after.store.outbox()).map((row) => row.version.deviceId)).toEqual([app.check.deviceId]);
  });

  it('the database closing without being deleted raises nothing, and the cookie goes on', async () => {
    const browser = testBrowser();
    const app = await browser.start();
    await app.signIn();
    await app.savePatients(1);
    app.store.db.close({ disableAutoOpen: false });
    await app.guard.settled();
    expect(app.guard.state.deletedWhileOpen).toBe(false);
    await app.savePatients(1);
    expect(readDeviceCookie(browser.cookies)?.pending).toBe(2);
  });

  it('a newer version of the app upgrading the database in another tab is not taken for a deletion', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const browser = testBrowser();
    const app = await browser.start();
    await app.signIn();
    await app.savePatients(1);
    const newer = await browser.upgrade();
    await app.guard.settled();
    expect(app.guard.state.deletedWhileOpen).toBe(false);
    newer.close();
    app.close();
    const again = await browser.start();
    expect(again.check.finding).toBe('intact');
  });
});
