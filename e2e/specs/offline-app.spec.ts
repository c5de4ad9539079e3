import { expect, test } from '@playwright/test';
import { signIn, waitForOfflineReady } from '../support/app-page';

test('installs, then opens offline on any route, still signed in', async ({ page, context }) => {
  await signIn(page, 'surgeon');
  await waitForOfflineReady(page);
  await expect(page.getByTestId('sync-words')).toContainText('Everything synced', { timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Hello, Baraka Masanja' })).toBeVisible();
  await expect(page.getByTestId('network-state')).toHaveText('Offline');
  // The demo's patients were pulled in the first sync and are searchable with no network.
  await expect(page.getByText(/patients? on this device/)).not.toContainText(/^0 /);

  await page.goto('/patients/new');
  await expect(page.getByRole('heading', { name: 'Register a patient' })).toBeVisible();
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('switches to Kiswahili and remembers it', async ({ page }) => {
  await signIn(page, 'surgeon');
  await page.getByTestId('language').selectOption('sw');
  await expect(page.getByRole('heading', { name: 'Habari, Baraka Masanja' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Habari, Baraka Masanja' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Sajili mgonjwa' }).first()).toBeVisible();
});

test('is installable: a manifest with a name, a start address and icons of 192 and 512 px', async ({
  request,
}) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    name: string;
    start_url: string;
    display: string;
    icons: { src: string; sizes: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Surgical Registry', start_url: '/', display: 'standalone' });
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    expect(icon, size).toBeDefined();
    const response = await request.get(`/${icon?.src}`);
    expect(response.headers()['content-type']).toContain('image/png');
  }
});
