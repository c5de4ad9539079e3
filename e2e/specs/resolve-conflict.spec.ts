import { expect, test } from '@playwright/test';
import { signIn, syncNow, waitForOfflineReady } from '../support/app-page';
import { seedPatient } from '../support/seed';
import { apiGet, pullAll, pushVersions } from '../support/server-api';

/** An edit of `parent` made on another device: a version of the same record naming it as parent. */
function editOf(
  parent: { versionId: string; entityId: string; data: Record<string, unknown> },
  authorId: string,
  deviceId: string,
  data: Record<string, unknown>,
) {
  return {
    versionId: crypto.randomUUID(),
    entity: 'patient',
    entityId: parent.entityId,
    parents: [parent.versionId],
    data: { ...parent.data, ...data },
    deleted: false,
    authorId,
    deviceId,
    createdAt: new Date().toISOString(),
    schema: 1,
  };
}

test('a coordinator resolves a conflict made by two devices, field by field, and every device converges', async ({
  browser,
}) => {
  test.setTimeout(180_000); // two devices sign in and sync
  const name = `Rehema Kisanga ${Date.now() % 100000}`;
  const patientId = await seedPatient(name);
  const [created] = (await pullAll('surgeon')).filter((v) => v.entityId === patientId);
  if (!created) throw new Error('the seeded patient is not on the server');
  const surgeon = (await apiGet('surgeon', '/api/auth/me')) as { id: string };
  const colleague = (await apiGet('g.mabula', '/api/auth/me')) as { id: string };
  // Two phones edit the same patient without seeing each other's edit.
  const first = editOf(created, surgeon.id, 'phone-a', {
    address: 'Kiloleli street',
    hospitalNumber: 'BMC-1',
  });
  const second = editOf(created, colleague.id, 'phone-b', {
    address: 'Nyamagana ward',
    notes: 'Walks with a stick',
  });
  expect((await pushVersions('surgeon', 'phone-a', [first])).accepted).toEqual([first.versionId]);
  expect((await pushVersions('g.mabula', 'phone-b', [second])).accepted).toEqual([second.versionId]);

  const coordinatorDevice = await browser.newContext();
  const page = await coordinatorDevice.newPage();
  await signIn(page, 'coordinator');
  await waitForOfflineReady(page);
  await syncNow(page);

  // The queue lists the record; its history shows both sides and the resolver.
  await page.goto('/conflicts');
  await page.getByTestId('conflict-queue').getByRole('link', { name }).click();
  await expect(page.getByTestId('conflict-panel')).toContainText('Kiloleli street');
  await expect(page.getByTestId('conflict-panel')).toContainText('Nyamagana ward');
  const resolver = page.getByTestId('conflict-resolver');
  // Field by field: the address of one side, the hospital number of that side, the notes of the other.
  const sideOf = (text: string) => resolver.getByRole('radio', { name: new RegExp(text) });
  await sideOf('Nyamagana ward').check();
  await sideOf('BMC-1').check();
  await sideOf('Walks with a stick').check();
  await page.getByTestId('save-resolution').click();
  await expect(page.getByRole('status').filter({ hasText: 'Conflict resolved' })).toBeVisible();
  await expect(page.getByTestId('conflict-panel')).toHaveCount(0);
  await syncNow(page);

  // The server holds one version over both heads, with the chosen values.
  const held = (await pullAll('coordinator')).filter((v) => v.entityId === patientId);
  const resolution = held.find((v) => v.parents.length === 2);
  expect(resolution?.parents.sort()).toEqual([first.versionId, second.versionId].sort());
  expect(resolution?.data).toMatchObject({
    fullName: name,
    address: 'Nyamagana ward',
    hospitalNumber: 'BMC-1',
    notes: 'Walks with a stick',
  });

  // A surgeon's device that syncs afterwards shows the resolved patient, no conflict.
  const surgeonDevice = await browser.newContext();
  const phone = await surgeonDevice.newPage();
  await signIn(phone, 'surgeon');
  await expect(phone.getByTestId('sync-words')).toContainText('Everything synced', { timeout: 30_000 });
  await phone.goto(`/patients/${patientId}`);
  await expect(phone.getByRole('heading', { name })).toBeVisible({ timeout: 15_000 });
  await expect(phone.getByTestId('badge-conflict')).toHaveCount(0);
  await expect(phone.getByText('Nyamagana ward')).toBeVisible();
  await Promise.all([coordinatorDevice.close(), surgeonDevice.close()]);
});
