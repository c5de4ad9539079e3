import { expect, test } from '@playwright/test';
import { signIn, syncNow, waitForOfflineReady } from '../support/app-page';
import { seedEpisode, seedPatient } from '../support/seed';
import { pullAll } from '../support/server-api';

/** The newest version the server holds of a record. */
async function latestOnServer(entityId: string) {
  const held = (await pullAll('coordinator')).filter((v) => v.entityId === entityId);
  return held.sort((a, b) => a.seq - b.seq).at(-1);
}

test('a coordinator merges a duplicate patient, sees both charts under the survivor, then undoes the merge', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // One woman registered twice: the second time with another spelling, a guessed birth year and
  // the same phone; her operation was recorded under the second registration.
  const phone = [{ number: '0754 318 227', comment: 'mobile' }];
  const kept = 'Zawadi Mwakalinga';
  const duplicate = 'Zawady Mwakalinga';
  const survivorId = await seedPatient(kept, { gender: 'female', birthYear: 1984, phones: phone });
  const duplicateId = await seedPatient(duplicate, { gender: 'female', birthYear: 1985, phones: phone });
  const operation = await seedEpisode(duplicateId, { type: 'surgery', date: '2026-10-12' });

  await signIn(page, 'coordinator');
  await waitForOfflineReady(page);
  await syncNow(page);

  await page.goto('/duplicates');
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: kept }).filter({ hasText: duplicate });
  await expect(pair).toBeVisible({ timeout: 30_000 });
  await expect(pair).toContainText('Same phone number');
  await pair.getByRole('button', { name: new RegExp(`^Keep ${kept}`) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${duplicate} will be merged into ${kept}`);
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Merged ${duplicate} into ${kept}` }),
  ).toBeVisible();
  await expect(pair).toHaveCount(0);

  // The survivor's page shows the duplicate's operation; the duplicate's page points to the survivor.
  await page.goto(`/patients/${survivorId}`);
  const merged = page.getByTestId('merged-records');
  await expect(merged).toContainText(duplicate);
  await expect(merged.getByTestId('episode-row')).toContainText('Operation');
  await page.goto(`/patients/${duplicateId}`);
  await expect(page.getByTestId('patient-merged')).toContainText(kept);
  await syncNow(page);
  expect((await latestOnServer(duplicateId))?.data.mergedInto).toBe(survivorId);
  // Nothing was deleted or moved: the operation still belongs to the duplicate's record.
  expect((await latestOnServer(operation.entityId))?.data.patientId).toBe(duplicateId);

  // Undo from the survivor's page.
  await page.goto(`/patients/${survivorId}`);
  await page.getByTestId('unmerge').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo the merge' }).click();
  // It leads to the patient who stands alone again, with her own operation.
  await expect(page).toHaveURL(new RegExp(`/patients/${duplicateId}$`));
  await expect(page.getByRole('status').filter({ hasText: 'The merge was undone' })).toBeVisible();
  await expect(page.getByTestId('patient-merged')).toHaveCount(0);
  await expect(page.getByTestId('episode-row')).toContainText('Operation');
  await page.goto(`/patients/${survivorId}`);
  await expect(page.getByRole('heading', { name: kept })).toBeVisible();
  await expect(page.getByTestId('merged-records')).toHaveCount(0);
  await syncNow(page);
  const after = await latestOnServer(duplicateId);
  expect(after?.data.mergedInto).toBeUndefined();
  expect(after?.data.fullName).toBe(duplicate);
});

test('"not the same person" takes a pair off the list for good, on every device', async ({ browser }) => {
  test.setTimeout(180_000);
  // Twins: same surname, same phone and birth year, different given names.
  const phone = [{ number: '0688 502 913', comment: 'mother' }];
  const first = 'Hassani Juma Mfinanga';
  const second = 'Husseni Juma Mfinanga';
  const a = await seedPatient(first, { gender: 'male', birthYear: 2009, phones: phone });
  const b = await seedPatient(second, { gender: 'male', birthYear: 2009, phones: phone });

  const laptop = await browser.newContext();
  const page = await laptop.newPage();
  await signIn(page, 'coordinator');
  await waitForOfflineReady(page);
  await syncNow(page);
  await page.goto('/duplicates');
  const pair = page.getByTestId('duplicate-pair').filter({ hasText: first }).filter({ hasText: second });
  await expect(pair).toBeVisible({ timeout: 30_000 });
  await pair.getByRole('button', { name: 'Not the same person' }).click();
  // The pair is named in the scorer's order, whichever that is.
  const marked = page.getByRole('status').filter({ hasText: /as two people/ });
  await expect(marked).toContainText(first);
  await expect(marked).toContainText(second);
  await expect(pair).toHaveCount(0);
  await syncNow(page);
  // One of the two now names the other as not the same person.
  const names = (version: Awaited<ReturnType<typeof latestOnServer>>, other: string) =>
    Array.isArray(version?.data.notDuplicateOf) && version.data.notDuplicateOf.includes(other);
  expect(names(await latestOnServer(a), b) || names(await latestOnServer(b), a)).toBe(true);

  // Another coordinator's device, synced afterwards, never offers the pair; both patients are kept.
  const other = await browser.newContext();
  const desk = await other.newPage();
  await signIn(desk, 'd.mollel');
  await expect(desk.getByTestId('sync-words')).toContainText('Everything synced', { timeout: 30_000 });
  await desk.goto('/duplicates');
  await expect(desk.getByTestId('duplicates-summary')).toBeVisible({ timeout: 30_000 });
  await expect(
    desk.getByTestId('duplicate-pair').filter({ hasText: first }).filter({ hasText: second }),
  ).toHaveCount(0);
  await desk.goto(`/patients/${b}`);
  await expect(desk.getByRole('heading', { name: second })).toBeVisible();
  await Promise.all([laptop.close(), other.close()]);
});
