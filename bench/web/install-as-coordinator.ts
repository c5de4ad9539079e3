import type { Page } from '@playwright/test';
import { COORDINATOR } from './bench-registry';

/**
 * A coordinator's first sign-in on a fresh profile, online: the first sync finished and the service
 * worker in control, as a device is once installed. Returns how long that took through the screens.
 */
export async function installAsCoordinator(
  page: Page,
  timeoutMs = 600_000,
): Promise<{ firstSyncThroughUiMs: number }> {
  const start = performance.now();
  await page.getByLabel('Username').fill(COORDINATOR.username);
  await page.getByLabel('Password', { exact: true }).fill(COORDINATOR.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('sync-words').getByText('Everything synced').waitFor({ timeout: timeoutMs });
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
  return { firstSyncThroughUiMs: Math.round(performance.now() - start) };
}
