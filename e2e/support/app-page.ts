import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from './server-api';

/** Signs in on the web app's sign-in screen and waits for the home screen. */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Hello, / })).toBeVisible();
}

/** Waits until the service worker controls the page, so the app opens with no network. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Presses "Sync now" and waits until the app says everything is synced. */
export async function syncNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sync now' }).first().click();
  await expect(page.getByTestId('sync-words').first()).toContainText('Everything synced', {
    timeout: 30_000,
  });
}
