import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDeviceCookie } from './device-cookie';
import { findStorage } from './storage-check';
import { readStorageLoss } from './storage-loss';
import { testBrowser } from './test-browser';

const DEVICE = '0192f4c3-0000-7000-8000-00000000000a';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the start finds', () => {
  it('tells a deleted store from a new one, an unused one and a kept one', () => {
    const held = { deviceId: DEVICE, held: true, pending: 2 };
    expect(findStorage(undefined, undefined)).toEqual({ kind: 'first-visit' });
    expect(findStorage(held, DEVICE)).toEqual({ kind: 'intact', deviceId: DEVICE });
    expect(findStorage(undefined, DEVICE)).toEqual({ kind: 'intact', deviceId: DEVICE });
    expect(findStorage({ ...held, held: false, pending: 0 }, undefined)).toEqual({
      kind: 'unused',
      deviceId: DEVICE,
    });
    expect(findStorage(held, undefined)).toEqual({ kind: 'lost', deviceId: DEVICE, cookie: held });
  });
});

describe('the storage check at start', () => {
  it('a first visit gets a new device id and no notice; the cookie tells of an unused store', async () => {
    const browser = testBrowser();
    const app = await browser.start();
    expect(app.check.finding).toBe('first-visit');
    expect(app.check.loss).toBeUndefined();
    expect(app.guard.state).toEqual({ deletedWhileOpen: false });
    expect(readDeviceCookie(browser.cookies)).toEqual({
      deviceId: app.check.deviceId,
      held: false,
      pending: 0,
    });
  });

  it('a restart over a kept store finds it intact, with the same device id', async () => {
    const browser = testBrowser();
    const first = await browser.start();
    await first.signIn();
    await first.savePatients(2);
    first.close();
    const again = await browser.start();
    expect(again.check).toEqual({ deviceId: first.check.deviceId, finding: 'intact' });
    expect(again.guard.state.loss).toBeUndefined();
    expect(readDeviceCookie(browser.cookies)?.pending).toBe(2);
  });

  it('a deleted store with unsynced work: the same device id, the count and time lost, recorded and logged', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const browser = testBrowser(() => new Date('2026-11-29T08:00:00Z'));
    const first = await browser.start();
    await first.signIn();
    const [oldest] = await first.savePatients(3);
    first.close();
    await browser.evict();

    const after = await browser.start();
    const loss = { detectedAt: '2026-11-29T08:00:00.000Z', lostChanges: 3, oldestLostAt: oldest?.createdAt };
    expect(after.check).toEqual({ deviceId: first.check.deviceId, finding: 'lost', loss });
    expect(after.guard.state.loss).toEqual(loss);
    expect(await readStorageLoss(after.store)).toEqual(loss);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('3 unsynced changes were lost'));
    // The new store is the same device, and no longer one that held anything: nobody signed in yet.
    expect(readDeviceCookie(browser.cookies)).toEqual({
      deviceId: first.check.deviceId,
      held: false,
      pending: 0,
    });
    // The session went with the store: the person signs in again.
    expect(after.session.state.status).toBe('signed-out');
  });

  it('the notice stays over restarts until acknowledged, and the record stays after', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const browser = testBrowser(() => new Date('2026-11-29T08:00:00Z'));
    const first = await browser.start();
    await first.signIn();
    await first.savePatients(1);
    first.close();
    await browser.evict();
    (await browser.start()).close();

    const second = await browser.start();
    expect(second.check.finding).toBe('intact');
    expect(second.guard.state.loss?.lostChanges).toBe(1);
    await second.guard.acknowledge();
    expect(second.guard.state.loss).toBeUndefined();
    second.close();

    const third = await browser.start();
    expect(third.guard.state.loss).toBeUndefined();
    expect(await readStorageLoss(third.store)).toMatchObject({
      lostChanges: 1,
      acknowledgedAt: '2026-11-29T08:00:00.000Z',
    });
  });

  it('a deleted store whose work had all reached the server: nothing unsynced lost', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const browser = testBrowser();
    const first = await browser.start();
    await first.signIn();
    await first.acknowledge(await first.savePatients(2));
    expect(readDeviceCookie(browser.cookies)).toEqual({
      deviceId: first.check.deviceId,
      held: true,
      pending: 0,
    });
    first.close();
    await browser.evict();

    const after = await browser.start();
    expect(after.check.finding).toBe('lost');
    expect(after.check.loss).toEqual({ detectedAt: expect.any(String), lostChanges: 0 });
  });

  it('signing out keeps the store, so a restart after it raises nothing', async () => {
    const browser = testBrowser();
    const first = await browser.start();
    await first.signIn();
    await first.session.signOut();
    await first.guard.settled();
    expect(readDeviceCookie(browser.cookies)?.held).toBe(true);
    first.close();

    const again = await browser.start();
    expect(again.check).toEqual({ deviceId: first.check.deviceId, finding: 'intact' });
    expect(again.guard.state.loss).toBeUndefined();
  });

  it('a store deleted before anyone signed in: the same device id, no notice', async () => {
    const browser = testBrowser();
    const first = await browser.start();
    first.close();
    await browser.evict();
    const after = await browser.start();
    expect(after.check).toEqual({ deviceId: first.check.deviceId, finding: 'unused' });
    expect(after.guard.state.loss).toBeUndefined();
  });

  it('cookies cleared with the store kept: no notice, and the cookie is written again', async () => {
    const browser = testBrowser();
    const first = await browser.start();
    await first.signIn();
    await first.savePatients(1);
    first.close();
    browser.cookies.values.clear();

    const again = await browser.start();
    expect(again.check).toEqual({ deviceId: first.check.deviceId, finding: 'intact' });
    expect(readDeviceCookie(browser.cookies)).toMatchObject({ deviceId: first.check.deviceId, pending: 1 });
  });

  it('cookies and store both cleared (the person cleared the site data): a first visit, no notice', async () => {
    const browser = testBrowser();
    const first = await browser.start();
    await first.signIn();
    await first.savePatients(1);
    first.close();
    await browser.evict();
    browser.cookies.values.clear();

    const again = await browser.start();
    expect(again.check.finding).toBe('first-visit');
    expect(again.check.deviceId).not.toBe(first.check.deviceId);
    expect(again.guard.state.loss).toBeUndefined();
  });
});
