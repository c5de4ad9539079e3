import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { signIn } from '../support/app-page';
import { daysAgo, seedEpisode, seedPatient } from '../support/seed';

// Every main screen, as the role that uses it, checked by axe-core against WCAG 2.1 A and AA. A
// serious or critical violation fails the screen; each screen is checked even when one before failed.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Without animations (Bootstrap honours the setting), a dialog is judged fully shown, not half faded in.
test.use({ reducedMotion: 'reduce' });

interface Screen {
  name: string;
  path: string;
  /** What shows once the screen has what it needs to be judged (its data, not a spinner). */
  ready: (page: Page) => Locator;
  /** Brings the screen to the state to check after it has opened (a form step, say). */
  prepare?: (page: Page) => Promise<void>;
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { level: 1, name });

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** A violation as a person reads it: what, why it matters, and where (axe's selector and the node). */
function describe(violation: Violation): string {
  const nodes = violation.nodes.map(
    (node) => `    at ${node.target.join(' ')}\n      ${node.html}\n      ${node.failureSummary ?? ''}`,
  );
  return [`  ${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})`, ...nodes].join(
    '\n',
  );
}

/**
 * Opens a screen the way a link in the app does (the router follows the address), so that the app is
 * not started again from the device's store for every screen.
 */
async function openInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Opens each screen in turn on the same page and checks it; failures are reported per screen. */
async function checkScreens(page: Page, screens: readonly Screen[]) {
  for (const screen of screens) {
    await test.step(screen.name, async () => {
      if (page.url().startsWith('http')) await openInApp(page, screen.path);
      else await page.goto(screen.path);
      await expect(screen.ready(page)).toBeVisible({ timeout: 30_000 });
      await screen.prepare?.(page);
      // The role may use the screen, and nothing is still loading.
      await expect(page.getByRole('heading', { name: 'Not available to your account' })).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
      await expect(page.locator('.spinner-border')).toHaveCount(0);
      // Legacy mode runs axe in the page itself: the app has no frames, and the default mode opens
      // a blank page to combine per-frame results, which costs seconds per screen.
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect
        .soft(serious.length, `${screen.name} (${screen.path}):\n${serious.map(describe).join('\n')}`)
        .toBe(0);
    });
  }
}

async function signInAndSync(page: Page, username: string) {
  await signIn(page, username);
  await expect(page.getByTestId('sync-words').first()).toContainText('Everything synced', {
    timeout: 30_000,
  });
}

test('a surgeon’s screens have no serious accessibility violation', async ({ page }) => {
  test.slow(); // axe reads every screen in turn
  const name = `Saida Mfinanga ${Date.now() % 100000}`;
  const patientId = await seedPatient(name, { gender: 'female', birthYear: 1978 });
  const operation = await seedEpisode(patientId, {
    type: 'surgery',
    date: daysAgo(5),
    herniaSite: 'inguinal',
    side: 'right',
  });
  const patient = `/patients/${patientId}`;

  await checkScreens(page, [{ name: 'sign-in', path: '/', ready: heading('Sign in') }]);
  await signInAndSync(page, 'surgeon');
  await checkScreens(page, [
    { name: 'home', path: '/', ready: heading(/^Hello, /) },
    { name: 'register a patient: search', path: '/patients/new', ready: heading('Register a patient') },
    {
      name: 'register a patient: form',
      path: '/patients/new',
      ready: heading('Register a patient'),
      prepare: async (p) => {
        await p.getByLabel('First, search by name, phone or ID number').fill('Zuhura Athumani');
        await p.getByTestId('register-new').click();
        await expect(p.getByLabel('Full name')).toHaveValue('Zuhura Athumani');
      },
    },
    { name: 'patient page', path: patient, ready: heading(name) },
    {
      name: 'operation form',
      path: `${patient}/episodes/new/surgery`,
      ready: heading('Record an operation'),
    },
    {
      name: 'operation page',
      path: `${patient}/episodes/${operation.entityId}`,
      ready: heading(/^Operation, /),
    },
    {
      name: 'history',
      path: `${patient}/history/${patientId}`,
      ready: (p) => p.getByTestId('version').first(),
    },
    { name: 'sync and storage', path: '/sync', ready: heading('Sync and storage') },
    { name: 'print summary', path: `${patient}/print`, ready: heading(`Patient summary: ${name}`) },
  ]);
});

test('a coordinator’s screens have no serious accessibility violation', async ({ page }) => {
  test.slow(); // axe reads every screen in turn
  await signInAndSync(page, 'coordinator');
  const review = (path: string, title: string): Screen => ({
    name: title,
    path,
    // The table shows its rows once the device's charts are read.
    ready: (p) => p.getByTestId('review-rows'),
    prepare: async (p) => {
      await expect(p.getByTestId('review-loading')).toHaveCount(0, { timeout: 30_000 });
      await expect(p.getByRole('heading', { level: 1, name: title })).toBeVisible();
    },
  });
  await checkScreens(page, [
    review('/review/patients', 'Review: patients'),
    review('/review/episodes', 'Review: episodes'),
    {
      name: 'reports',
      path: '/reports',
      // The reports wait for every chart on the device, then draw.
      ready: (p) => p.getByTestId('reports'),
      prepare: (p) => expect(p.getByTestId('reports')).not.toHaveAttribute('aria-busy', 'true'),
    },
    { name: 'conflicts', path: '/conflicts', ready: (p) => p.getByTestId('conflict-queue') },
    { name: 'possible duplicates', path: '/duplicates', ready: (p) => p.getByTestId('duplicates-summary') },
  ]);
});

test('an admin’s screens have no serious accessibility violation', async ({ page }) => {
  test.slow(); // axe reads every screen in turn
  await signInAndSync(page, 'admin');
  await checkScreens(page, [
    { name: 'restore', path: '/restore', ready: (p) => p.getByTestId('deleted-record').first() },
    {
      name: 'restore: confirmation',
      path: '/restore',
      ready: (p) => p.getByTestId('deleted-record').first(),
      prepare: async (p) => {
        await p
          .getByTestId('deleted-record')
          .first()
          .getByRole('button', { name: /^Restore/ })
          .click();
        await expect(p.getByRole('dialog')).toBeVisible();
      },
    },
    { name: 'users', path: '/admin/users', ready: heading('Users'), prepare: tableShown },
    { name: 'hospitals', path: '/admin/hospitals', ready: heading('Hospitals'), prepare: tableShown },
    { name: 'audit log', path: '/admin/audit', ready: heading('Audit log'), prepare: tableShown },
    { name: 'devices', path: '/admin/devices', ready: heading('Devices'), prepare: tableShown },
  ]);
});

/** Admin screens ask the server: wait for its answer in a table. */
async function tableShown(page: Page) {
  await expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 });
}
