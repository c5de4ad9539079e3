import { expect, test } from '@playwright/test';
import { signIn, syncNow, waitForOfflineReady } from '../support/app-page';
import { seedPatient } from '../support/seed';
import { pullAll } from '../support/server-api';

test('two devices edit the same patient offline, and both versions survive the sync', async ({ browser }) => {
  const name = `Neema Shauri ${Date.now() % 100000}`;
  const patientId = await seedPatient(name);
  const devices = await Promise.all([browser.newContext(), browser.newContext()]);
  const [a, b] = await Promise.all(devices.map((d) => d.newPage()));
  if (!a || !b) throw new Error('no pages');
  await signIn(a, 'surgeon');
  await signIn(b, 'g.mabula');
  for (const page of [a, b]) {
    await waitForOfflineReady(page);
    await expect(page.getByTestId('sync-words')).toContainText('Everything synced', { timeout: 30_000 });
  }

  for (const [page, device, address] of [
    [a, devices[0], 'Kiloleli street'],
    [b, devices[1], 'Nyamagana ward'],
  ] as const) {
    await device?.setOffline(true);
    await page.goto(`/patients/${patientId}/edit`);
    await page.getByLabel('Address').fill(address);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }

  for (const [page, device] of [
    [a, devices[0]],
    [b, devices[1]],
  ] as const) {
    await device?.setOffline(false);
    await syncNow(page);
  }
  await syncNow(a); // a pulls what b pushed after a's first sync

  for (const page of [a, b]) {
    await page.goto(`/patients/${patientId}`);
    await expect(page.getByTestId('badge-conflict').first()).toBeVisible();
    await page.goto(`/patients/${patientId}/history/${patientId}`);
    await expect(page.getByTestId('conflict-panel')).toContainText('Kiloleli street');
    await expect(page.getByTestId('conflict-panel')).toContainText('Nyamagana ward');
  }
  const held = (await pullAll('coordinator')).filter((v) => v.entityId === patientId);
  expect(held.map((v) => v.data.address ?? '(none)').sort()).toEqual([
    '(none)',
    'Kiloleli street',
    'Nyamagana ward',
  ]);
  await Promise.all(devices.map((d) => d.close()));
});
