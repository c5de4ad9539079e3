import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { parseDeviceExport } from '@registry/domain';
import { signIn, syncNow, waitForOfflineReady } from '../support/app-page';
import { apiGet, pullAll } from '../support/server-api';

async function waitForFirstSync(page: Page) {
  await expect(page.getByTestId('sync-words').first()).toContainText('Everything synced', {
    timeout: 30_000,
  });
}

async function openSyncPage(page: Page) {
  await page.getByRole('link', { name: 'Sync and storage' }).first().click();
  await expect(page.getByRole('heading', { name: 'Sync and storage', level: 1 })).toBeVisible();
}

test('a phone that cannot reach the server exports its work, an admin imports it once, and the phone syncs later without duplicates', async ({
  browser,
}) => {
  test.slow(); // two devices, each signing in and syncing the demo data
  const name = `Tumaini Mrema ${Date.now() % 100000}`;

  // The surgeon's phone: a patient and an operation recorded with no network.
  const surgeonDevice = await browser.newContext();
  const phone = await surgeonDevice.newPage();
  await signIn(phone, 'surgeon');
  await waitForOfflineReady(phone);
  await waitForFirstSync(phone);
  await surgeonDevice.setOffline(true);
  await phone.getByRole('link', { name: 'Register a patient' }).first().click();
  await phone.getByLabel('First, search by name, phone or ID number').fill(name);
  await phone.getByTestId('register-new').click();
  await phone.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: 'Female' }).click();
  await phone.getByRole('button', { name: 'Save patient' }).click();
  await expect(phone.getByRole('heading', { name })).toBeVisible();
  await phone.getByRole('link', { name: 'Record surgery' }).click();
  await phone.getByRole('group', { name: 'Hernia site' }).getByRole('radio', { name: 'Inguinal' }).click();
  await phone.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(phone.getByTestId('sync-words').first()).toContainText('2 changes waiting');

  // Still offline, the sync screen exports them to a file.
  await openSyncPage(phone);
  const exportSection = phone.getByTestId('export-unsynced');
  await expect(exportSection.getByTestId('export-count')).toHaveText(
    '2 changes saved on this device have not reached the server.',
  );
  const [download] = await Promise.all([
    phone.waitForEvent('download'),
    exportSection.getByRole('button', { name: 'Download the file' }).click(),
  ]);
  const fileName = download.suggestedFilename();
  expect(fileName).toMatch(/^registry-unsynced-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const filePath = await download.path();
  const parsed = parseDeviceExport(await readFile(filePath, 'utf8'));
  if (!parsed.ok) throw new Error(parsed.message);
  const surgeon = (await apiGet('surgeon', '/api/auth/me')) as { id: string };
  expect(parsed.file.exportedBy).toMatchObject({ userId: surgeon.id, username: 'surgeon' });
  expect(parsed.file.versions.map((v) => [v.entity, v.authorId])).toEqual([
    ['patient', surgeon.id],
    ['episode', surgeon.id],
  ]);
  expect(parsed.file.versions[0]?.data.fullName).toBe(name);
  const [patient, operation] = parsed.file.versions;
  // Exporting leaves the changes waiting on the phone.
  await expect(exportSection.getByTestId('export-saved')).toContainText(fileName);
  await expect(phone.getByTestId('sync-words').first()).toContainText('2 changes waiting');

  // An admin's device in the office: a file that is not an export changes nothing and says why.
  const officeDevice = await browser.newContext();
  const office = await officeDevice.newPage();
  await signIn(office, 'admin');
  await waitForFirstSync(office);
  await openSyncPage(office);
  const importSection = office.getByTestId('import-file');
  const fileInput = importSection.getByLabel('Export file');
  await fileInput.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"patients": []}'),
  });
  await expect(importSection.getByTestId('import-bad-file')).toHaveText(
    'This file cannot be imported: it is not an export file of the surgical registry. Nothing was changed.',
  );
  await expect(importSection.getByRole('button', { name: 'Import' })).toHaveCount(0);

  // The real file: what it holds is shown first, then imported.
  await fileInput.setInputFiles(filePath);
  const summary = importSection.getByTestId('import-summary');
  await expect(summary).toContainText(parsed.file.deviceId);
  await expect(summary).toContainText('Baraka Masanja (surgeon)');
  await expect(summary.getByTestId('import-total')).toHaveText('2');
  await expect(summary.getByTestId('import-already-here')).toHaveText('0');
  await expect(summary.getByTestId('import-others')).toHaveText('2');
  await expect(summary.getByTestId('import-refused-before')).toHaveText('0');
  await expect(summary.getByTestId('import-others-note')).toHaveText(
    '2 changes saved by other users will be sent to the server as an import.',
  );
  await importSection.getByRole('button', { name: 'Import' }).click();
  const outcome = importSection.getByTestId('import-outcome');
  await expect(outcome).toContainText('2 changes are now on the server and on this device.');
  await expect(outcome.getByTestId('import-refused')).toHaveCount(0);

  // The server holds both, signed by the surgeon; the admin's lists show the patient at once.
  const held = () =>
    pullAll('coordinator').then((all) =>
      all.filter((v) => v.entityId === patient?.entityId || v.entityId === operation?.entityId),
    );
  expect((await held()).map((v) => v.versionId).sort()).toEqual(
    [patient?.versionId, operation?.versionId].sort(),
  );
  expect((await held()).every((v) => v.authorId === surgeon.id)).toBe(true);
  await office.getByRole('link', { name: 'Home' }).first().click();
  // Search matches names, not the number that makes this run's name unique.
  await office.getByRole('searchbox', { name: 'Find a patient' }).fill(name.split(' ').slice(0, 2).join(' '));
  await expect(office.getByTestId('search-results')).toContainText(name);

  // Importing the same file again adds nothing.
  await openSyncPage(office);
  await fileInput.setInputFiles(filePath);
  await expect(summary.getByTestId('import-already-here')).toHaveText('2');
  await expect(summary.getByTestId('import-nothing-new')).toBeVisible();
  await importSection.getByRole('button', { name: 'Import' }).click();
  await expect(outcome).toContainText('Nothing new was added. 2 were already on this device.');
  expect(await held()).toHaveLength(2);

  // The phone reconnects: its sync sends the same two versions, which the server counts once.
  await surgeonDevice.setOffline(false);
  await syncNow(phone);
  await expect(phone.getByTestId('rejected-list')).toHaveCount(0);
  await expect(phone.getByTestId('export-count')).toHaveText(
    'Nothing is waiting: everything saved on this device has reached the server, so there is nothing to export.',
  );
  expect((await held()).map((v) => v.versionId).sort()).toEqual(
    [patient?.versionId, operation?.versionId].sort(),
  );
  await Promise.all([surgeonDevice.close(), officeDevice.close()]);
});
