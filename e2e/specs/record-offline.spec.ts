import { expect, test } from '@playwright/test';
import { signIn, syncNow, waitForOfflineReady } from '../support/app-page';
import { pullAll } from '../support/server-api';

test('registers a patient and records an operation offline, finds them after a reload, and syncs them up', async ({
  page,
  context,
}) => {
  const name = `Zawadi Kipanga ${Date.now() % 100000}`;
  await signIn(page, 'surgeon');
  await waitForOfflineReady(page);
  await expect(page.getByTestId('sync-words')).toContainText('Everything synced', { timeout: 30_000 });
  await context.setOffline(true);

  // Register: the search comes first, then the form.
  await page.getByRole('link', { name: 'Register a patient' }).first().click();
  await page.getByLabel('First, search by name, phone or ID number').fill(name);
  await page.getByTestId('register-new').click();
  await expect(page.getByLabel('Full name')).toHaveValue(name);
  await page.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: 'Female' }).click();
  await page.getByRole('button', { name: 'Save patient' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();

  // An operation, with some fields left empty: saving is never blocked by what is missing.
  await page.getByRole('link', { name: 'Record surgery' }).click();
  await expect(page.getByRole('heading', { name: 'Record an operation' })).toBeVisible();
  await page.getByRole('group', { name: 'Hernia site' }).getByRole('radio', { name: 'Inguinal' }).click();
  await page.getByRole('group', { name: 'Side', exact: true }).getByRole('radio', { name: 'Right' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('missing-fields')).toBeVisible();
  await expect(page.getByTestId('sync-words')).toContainText('2 changes waiting');

  // Reload with no network: the app opens and search finds the patient.
  await page.goto('/');
  await page.reload();
  await page
    .getByRole('searchbox', { name: 'Find a patient' })
    .fill(name.split(' ').slice(0, 2).join(' ').replace('Kipanga', 'Kipangah'));
  await expect(page.getByTestId('search-results')).toContainText(name);
  // Other specs may have left operations waiting at the same hospital: open the whole list.
  const pending = page.getByTestId('worklist-pending-discharge');
  while (await pending.getByRole('button', { name: /^Show \d+ more/ }).isVisible())
    await pending.getByRole('button', { name: /^Show \d+ more/ }).click();
  await expect(pending).toContainText(name);

  // Back online: a sync sends them, and the server holds both versions.
  await context.setOffline(false);
  await syncNow(page);
  const all = await pullAll('coordinator');
  const patient = all.find((v) => v.entity === 'patient' && v.data.fullName === name);
  expect(patient).toBeDefined();
  const operations = all.filter((v) => v.entity === 'episode' && v.data.patientId === patient?.entityId);
  expect(operations.map((v) => v.data.type)).toEqual(['surgery']);
});
