import { expect, test } from '@playwright/test';

test('the app shell loads, reaches the server, and opens again with no network', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Surgical Registry' })).toBeVisible();
  await expect(page.getByTestId('server-state')).toContainText('Sync server reachable');

  // The service worker takes control on first install (clientsClaim), so the app is precached.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });

  await context.setOffline(true);
  await page.goto('/patients/some-client-route');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByTestId('network-state')).toHaveText('Offline');
  await page.goto('/');
  await expect(page.getByTestId('server-state')).toContainText('cannot be reached');
});
