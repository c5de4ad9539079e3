import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { createVersion, softDeleteVersion } from '@registry/domain';
import { signIn } from '../support/app-page';
import { daysAgo, hospitalIdOf, seedPatient, seedVersions, writeContextOf } from '../support/seed';

/**
 * The rows of a CSV file as RFC 4180 writes them (quoted cells may hold commas, quotes and line
 * breaks), each as an object by the header's names.
 */
function parseCsv(text: string): Record<string, string>[] {
  const lines: string[][] = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') cell += text[++i];
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      lines.at(-1)?.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      lines.at(-1)?.push(cell);
      cell = '';
      lines.push([]);
      i++;
    } else cell += c;
  }
  if (cell !== '' || (lines.at(-1)?.length ?? 0) > 0) lines.at(-1)?.push(cell);
  const [header = [], ...rows] = lines.filter((line) => line.length > 0);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** The ids of the episodes the review table lists, from its first page to its last. */
async function episodeIdsInTable(page: Page): Promise<string[]> {
  const table = page.getByRole('table');
  const pages = page.getByRole('navigation', { name: 'Pages' });
  const turn = async (name: string) => {
    const button = pages.getByRole('button', { name, exact: true });
    if ((await button.count()) === 0 || (await button.isDisabled())) return false;
    await button.click();
    return true;
  };
  await turn('First page');
  const ids: string[] = [];
  do {
    await expect(table).not.toHaveAttribute('aria-busy', 'true');
    // Each row's date links to its episode.
    const hrefs = await table
      .locator('tbody a[href*="/episodes/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    ids.push(...hrefs.map((href) => href.split('/episodes/')[1] ?? ''));
  } while (await turn('Next page'));
  return ids;
}

test('a coordinator exports the filtered episodes as CSV: exactly the rows the table shows', async ({
  page,
}) => {
  // The filter: operations at Bugando in a window of a month, its first and last day included.
  const from = daysAgo(75);
  const to = daysAgo(45);
  const dayAfter = daysAgo(44);
  const bugando = await hospitalIdOf('Bugando Medical Centre');
  const sengerema = await hospitalIdOf('Sengerema Designated District Hospital');

  // A patient whose episodes sit on each edge of the filter, the demo's records around them.
  const name = `Nasra Mwinyimkuu ${Date.now() % 100000}`;
  const patientId = await seedPatient(name);
  const ctx = await writeContextOf('surgeon');
  const episode = (hospitalId: string, data: Record<string, unknown>) =>
    createVersion(ctx, 'episode', { patientId, hospitalId, type: 'surgery', ...data });
  const firstDay = episode(bugando, { date: from, side: 'left' });
  const lastDay = episode(bugando, { date: to, side: 'right' });
  const later = episode(bugando, { date: dayAfter });
  const elsewhere = episode(sengerema, { date: to });
  const discharge = episode(bugando, { type: 'discharge', date: to, surgeryEpisodeId: firstDay.entityId });
  const mistaken = episode(bugando, { date: to });
  await seedVersions('surgeon', [firstDay, lastDay, later, elsewhere, discharge, mistaken]);
  await seedVersions('surgeon', [softDeleteVersion(await writeContextOf('surgeon'), mistaken)]);

  await signIn(page, 'coordinator');
  await expect(page.getByTestId('sync-words').first()).toContainText('Everything synced', {
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('link', { name: 'Episodes table' }).click();
  await expect(page.getByRole('heading', { name: 'Review: episodes' })).toBeVisible();
  await expect(page.getByTestId('review-loading')).toHaveCount(0, { timeout: 30_000 });

  const filters = page.getByRole('search', { name: 'Filters' });
  await filters.getByLabel('Hospital').selectOption({ label: 'Bugando Medical Centre' });
  await filters.getByLabel('Kind of episode').selectOption({ label: 'Operation' });
  await filters.getByLabel('From date').fill(from);
  await filters.getByLabel('To date').fill(to);
  // The filter lives in the address, so the view can be bookmarked or sent.
  await expect(page).toHaveURL(
    (url) =>
      url.searchParams.get('hospitalId') === bugando &&
      url.searchParams.get('type') === 'surgery' &&
      url.searchParams.get('from') === from &&
      url.searchParams.get('to') === to,
  );

  // The table follows the filter a moment after the address: read it until it shows the seeded
  // edges of the window and none of the episodes just outside it.
  const inside = [firstDay, lastDay].map((v) => v.entityId);
  const outside = [later, elsewhere, discharge, mistaken].map((v) => v.entityId);
  let inTable: string[] = [];
  await expect
    .poll(async () => {
      inTable = await episodeIdsInTable(page);
      return inside.every((id) => inTable.includes(id)) && !outside.some((id) => inTable.includes(id));
    })
    .toBe(true);
  await expect(page.getByTestId('review-count')).toHaveText(
    `${inTable.length} ${inTable.length === 1 ? 'episode matches' : 'episodes match'}`,
  );

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^registry-episodes-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toMatch(/^\uFEFFrecordId,[^\n]*\r\n/); // a byte order mark, then the header ending in CRLF
  const rows = parseCsv(text.slice(1));

  // The file holds the table's rows, no more and no fewer, and each is inside the filter.
  expect(rows.map((row) => row.recordId).sort()).toEqual([...inTable].sort());
  for (const row of rows) {
    expect(row, row.recordId).toMatchObject({
      hospital: 'Bugando Medical Centre',
      type: 'surgery',
      deleted: 'no',
    });
    expect((row.date ?? '') >= from && (row.date ?? '') <= to, `${row.recordId} on ${row.date}`).toBe(true);
  }
  expect(rows.find((row) => row.recordId === firstDay.entityId)).toMatchObject({
    patientName: name,
    date: from,
    side: 'left',
  });
  await expect(page.getByText(/registry-episodes-.*\.csv downloaded\./)).toBeVisible();
});
