import { expect, type Page, test } from '@playwright/test';
import { recordState, restoreVersion, softDeleteVersion } from '@registry/domain';
import { signIn, syncNow } from '../support/app-page';
import { daysAgo, seedEpisode, seedPatient, seedVersions, writeContextOf } from '../support/seed';
import { apiGet, pullAll, pushVersions } from '../support/server-api';

/** "today 14:05": how the restore screen says when something was deleted a moment ago. */
const todayAt = (page: Page, iso: string) =>
  page.evaluate(
    (at) => `today ${new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`,
    iso,
  );

async function waitForFirstSync(page: Page) {
  await expect(page.getByTestId('sync-words').first()).toContainText('Everything synced', {
    timeout: 30_000,
  });
}

test('an admin restores a patient and an operation a surgeon deleted, and the surgeon sees them again', async ({
  browser,
}) => {
  test.slow(); // two devices, each signing in and syncing the demo data
  const name = `Mwanaidi Kitwana ${Date.now() % 100000}`;
  const patientId = await seedPatient(name);
  const operation = await seedEpisode(patientId, { type: 'surgery', date: daysAgo(3), side: 'left' });

  // The surgeon deletes the operation, then the patient, and syncs.
  const surgeonDevice = await browser.newContext();
  const phone = await surgeonDevice.newPage();
  await signIn(phone, 'surgeon');
  await waitForFirstSync(phone);
  await phone.goto(`/patients/${patientId}/episodes/${operation.entityId}`);
  await phone.getByRole('button', { name: 'Delete', exact: true }).click();
  await phone.getByRole('dialog').getByRole('button', { name: 'Yes, delete' }).click();
  await expect(phone.getByRole('heading', { name })).toBeVisible();
  await expect(phone.getByTestId('episode-row')).toHaveCount(0);
  await phone.getByRole('button', { name: 'Delete patient' }).click();
  await phone.getByRole('dialog').getByRole('button', { name: 'Delete patient' }).click();
  await expect(phone.getByTestId('patient-deleted')).toBeVisible();
  await syncNow(phone);
  const deletions = (await pullAll('admin')).filter(
    (v) => (v.entityId === patientId || v.entityId === operation.entityId) && v.deleted,
  );
  expect(deletions).toHaveLength(2);
  const deletionOf = (entityId: string) => {
    const deletion = deletions.find((v) => v.entityId === entityId);
    if (!deletion) throw new Error(`${entityId} was not deleted on the server`);
    return deletion;
  };

  // The admin finds both on the restore screen, with who deleted them and when.
  const officeDevice = await browser.newContext();
  const page = await officeDevice.newPage();
  await signIn(page, 'admin');
  await waitForFirstSync(page);
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('link', { name: 'Deleted records' }).click();
  await expect(page.getByRole('heading', { name: 'Restore deleted records' })).toBeVisible();
  await page.getByLabel('Search by patient name').fill(name);
  const rows = page.getByTestId('deleted-record');
  await expect(rows).toHaveCount(2);
  const patientRow = rows.filter({ hasNotText: 'Operation,' });
  const operationRow = rows.filter({ hasText: `Operation, ` });
  for (const [row, entityId] of [
    [patientRow, patientId],
    [operationRow, operation.entityId],
  ] as const) {
    await expect(row).toContainText(name);
    await expect(row).toContainText('Baraka Masanja');
    await expect(row).toContainText(await todayAt(page, deletionOf(entityId).createdAt));
  }

  // Restoring asks first, says that only the patient comes back, then takes the row off the list.
  await patientRow.getByRole('button', { name: /^Restore/ }).click();
  const confirm = page.getByRole('dialog', { name: `Restore ${name}?` });
  await expect(confirm.getByTestId('restore-patient-only')).toBeVisible();
  await confirm.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('restored')).toContainText(`Restored: ${name}.`);
  await expect(rows).toHaveCount(1);
  await operationRow.getByRole('button', { name: /^Restore/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByTestId('no-deleted')).toBeVisible();
  await syncNow(page);

  // The server holds each restore: a live version by the admin over the deletion, with the old data.
  const admin = (await apiGet('admin', '/api/auth/me')) as { id: string };
  const held = await pullAll('surgeon');
  for (const entityId of [patientId, operation.entityId]) {
    const deletion = deletionOf(entityId);
    const restore = held.find((v) => v.entityId === entityId && v.parents.includes(deletion.versionId));
    expect(restore).toMatchObject({
      deleted: false,
      authorId: admin.id,
      parents: [deletion.versionId],
      data: deletion.data,
    });
  }

  // The surgeon's next sync brings the patient and the operation back on the phone's patient page.
  await syncNow(phone);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(phone.getByTestId('patient-deleted')).toHaveCount(0);
  await expect(phone.getByTestId('episode-row')).toHaveCount(1);
  await expect(phone.getByRole('button', { name: 'Delete patient' })).toBeVisible();
  await Promise.all([surgeonDevice.close(), officeDevice.close()]);
});

test('a surgeon cannot restore: no menu leads there, the screen says it is for admins, the server refuses', async ({
  page,
}) => {
  const name = `Shabani Lukumay ${Date.now() % 100000}`;
  const patientId = await seedPatient(name);
  const [created] = (await pullAll('surgeon')).filter((v) => v.entityId === patientId);
  if (!created) throw new Error('the seeded patient is not on the server');
  const deletion = softDeleteVersion(await writeContextOf('surgeon'), created);
  await seedVersions('surgeon', [deletion]);

  // A restore made by a surgeon (as a changed app could send it) is refused with a reason.
  const deletedState = recordState([created, deletion]);
  if (!deletedState) throw new Error('no state');
  const restore = restoreVersion(await writeContextOf('surgeon'), deletedState);
  const answer = await pushVersions('surgeon', restore.deviceId, [restore]);
  expect(answer.accepted).toEqual([]);
  expect(answer.rejected).toEqual([
    { versionId: restore.versionId, reason: expect.stringContaining('restore deleted records') },
  ]);
  const held = (await pullAll('admin')).filter((v) => v.entityId === patientId);
  expect(held.map((v) => v.versionId).sort()).toEqual([created.versionId, deletion.versionId].sort());

  await signIn(page, 'surgeon');
  await expect(page.getByRole('link', { name: 'Register a patient' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Review' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Admin' })).toHaveCount(0);
  await page.goto('/restore');
  await expect(page.getByRole('heading', { name: 'Not available to your account' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This screen is for admins.');
  await expect(page.getByTestId('restore-page')).toHaveCount(0);
});
