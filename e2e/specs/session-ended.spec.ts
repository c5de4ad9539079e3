import { expect, test } from '@playwright/test';
import { signIn, syncNow } from '../support/app-page';
import { apiGet, apiPost, DEMO_PASSWORD, pullAll } from '../support/server-api';

test('a session the server ended never stops recording: the change waits for the next sign-in', async ({
  page,
}) => {
  const name = `Tatu Mrisho ${Date.now() % 100000}`;
  await signIn(page, 'p.shija');
  await expect(page.getByTestId('sync-words')).toContainText('Everything synced', { timeout: 30_000 });

  // An admin resets the password, which ends every session of the account.
  const { users } = (await apiGet('admin', '/api/admin/users')) as {
    users: { id: string; username: string }[];
  };
  const user = users.find((u) => u.username === 'p.shija');
  await apiPost('admin', `/api/admin/users/${user?.id}/password`, { password: DEMO_PASSWORD });

  await page.getByRole('link', { name: 'Register a patient' }).first().click();
  await page.getByLabel('First, search by name, phone or ID number').fill(name);
  await page.getByTestId('register-new').click();
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();

  await page.getByRole('button', { name: 'Sync now' }).first().click();
  await expect(page.getByTestId('sync-error')).toContainText('Sign in again to sync');
  await expect(page.getByTestId('sync-words')).toContainText('1 change waiting');

  await page.getByTestId('sync-error').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await syncNow(page);
  const onServer = (await pullAll('coordinator')).filter((v) => v.data.fullName === name);
  expect(onServer).toHaveLength(1);
});
