import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { signIn, waitForOfflineReady } from '../support/app-page';
import { E2E_BASE_URL } from '../support/e2e-env';
import { apiGet, pullAll } from '../support/server-api';

/** The device cookie's fields (device id, held, pending, oldest), or undefined when there is none. */
async function deviceCookie(context: BrowserContext): Promise<URLSearchParams | undefined> {
  const cookie = (await context.cookies()).find((c) => c.name === 'registry-device');
  return cookie && new URLSearchParams(cookie.value);
}

/**
 * What a browser does to a site under storage pressure: it deletes the origin's storage bucket
 * (IndexedDB, localStorage, Cache Storage, the service worker) and keeps its cookies.
 */
async function evictStorage(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: E2E_BASE_URL,
    storageTypes: 'indexeddb,local_storage,cache_storage,service_workers',
  });
  await cdp.detach();
}

async function waitUntilSynced(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-words')).toContainText('Everything synced', { timeout: 30_000 });
}

const lossNotice = (page: Page) => page.getByRole('alert').filter({ hasText: 'This browser deleted' });

test('storage deleted with a change not yet synced: the app says one change was lost, until acknowledged, and stays the same device', async ({
  page,
  context,
}) => {
  // Two sign-ins and two first syncs: longer than one screen's test.
  test.setTimeout(120_000);
  const name = `Rehema Lost ${Date.now() % 100000}`;
  await signIn(page, 'surgeon');
  await waitForOfflineReady(page);
  await waitUntilSynced(page);
  const deviceId = (await deviceCookie(context))?.get('d');
  expect(deviceId).toBeTruthy();

  // A patient registered offline: it waits on this device only.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Register a patient' }).first().click();
  await page.getByLabel('First, search by name, phone or ID number').fill(name);
  await page.getByTestId('register-new').click();
  await page.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: 'Female' }).click();
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('sync-words')).toContainText('1 change waiting');
  await expect.poll(async () => (await deviceCookie(context))?.get('n')).toBe('1');

  // The browser deletes the storage under the open app: it asks for a reload.
  const evictedAt = new Date();
  await evictStorage(page);
  const reloadNotice = page.getByTestId('storage-deleted-now');
  await expect(reloadNotice).toHaveAttribute('role', 'alert');
  await expect(reloadNotice).toContainText('Reload the app now');
  await context.setOffline(false);
  await reloadNotice.getByRole('button', { name: 'Reload now' }).click();

  // After the reload: what was lost, in plain words, before and after signing in again.
  await expect(lossNotice(page)).toContainText(
    `This browser deleted the registry’s data on this device on ${evictedAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })}.`,
  );
  await expect(lossNotice(page)).toContainText('1 change that had not reached the server was lost.');
  await expect(lossNotice(page)).toContainText('If you kept an export file, import it on the Sync page.');
  await page.getByTestId('language').selectOption('sw');
  await expect(lossNotice(page)).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: 'Kivinjari hiki kilifuta' })).toContainText(
    'Badiliko 1 ambalo lilikuwa halijafika kwenye seva limepotea.',
  );
  await page.getByTestId('language').selectOption('en');
  await signIn(page, 'surgeon');
  await waitUntilSynced(page);
  await expect(lossNotice(page)).toContainText('1 change that had not reached the server was lost.');

  // The same device to the server: its list goes on with the id from before, heard from again.
  expect((await deviceCookie(context))?.get('d')).toBe(deviceId);
  const { devices } = (await apiGet('admin', '/api/admin/devices')) as {
    devices: { deviceId: string; lastPullAt: string | null }[];
  };
  const device = devices.find((d) => d.deviceId === deviceId);
  expect(Date.parse(device?.lastPullAt ?? '')).toBeGreaterThan(evictedAt.getTime() - 1000);
  // The notice told the truth: the change never reached the server.
  expect((await pullAll('coordinator')).some((v) => v.data.fullName === name)).toBe(false);

  // Acknowledged once, it is not shown again.
  await lossNotice(page).getByRole('button', { name: 'I understand' }).click();
  await expect(lossNotice(page)).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: /^Hello, / })).toBeVisible();
  await expect(lossNotice(page)).toHaveCount(0);
});

test('storage deleted with everything synced: the app says nothing unsynced was lost', async ({
  page,
  context,
}) => {
  await signIn(page, 'surgeon');
  await waitUntilSynced(page);
  await expect.poll(async () => (await deviceCookie(context))?.get('h')).toBe('1');
  await evictStorage(page);
  await expect(page.getByTestId('storage-deleted-now')).toBeVisible();
  await page.reload();
  await expect(lossNotice(page)).toContainText(
    'Nothing unsynced was lost: everything is being downloaded again from the server.',
  );
  await expect(lossNotice(page)).not.toContainText('export file');
});

test('a first visit, and a sign-out, raise no storage notice', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect.poll(async () => (await deviceCookie(context))?.get('h')).toBe('0');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await signIn(page, 'surgeon');
  await waitUntilSynced(page);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(lossNotice(page)).toHaveCount(0);
  await expect(page.getByTestId('storage-deleted-now')).toHaveCount(0);
  // The store was kept, and the cookie still says so.
  expect((await deviceCookie(context))?.get('h')).toBe('1');
});
