import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { SyncError } from '../sync/sync-error';
import { adminErrorText, adminOutcome } from './admin-error';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources, lng: 'en', defaultNS: 'common', interpolation: { escapeValue: false } });
});
const inLanguage = (language: string, error: unknown) => adminErrorText(i18n.getFixedT(language), error);

describe('adminErrorText', () => {
  it('keeps the server’s sentence for a refusal, in either language', () => {
    const taken = new SyncError('bad-request', 'The username "amina" is already taken; choose another.', 409);
    expect(inLanguage('en', taken)).toBe(
      'The server refused: The username "amina" is already taken; choose another.',
    );
    expect(inLanguage('sw', taken)).toBe(
      'Seva imekataa: The username "amina" is already taken; choose another.',
    );
    const self = new SyncError(
      'forbidden',
      'You cannot deactivate your own account; ask another admin.',
      403,
    );
    expect(inLanguage('en', self)).toContain('You cannot deactivate your own account');
  });

  it('says what to do when there was no refusal to quote', () => {
    expect(inLanguage('en', new SyncError('offline', 'x'))).toMatch(/cannot be reached/);
    expect(inLanguage('en', new SyncError('signed-out', 'x', 401))).toMatch(/Sign in again/);
    expect(inLanguage('en', new SyncError('server', 'x', 500))).toMatch(/server had a problem/);
    expect(inLanguage('sw', new TypeError('boom'))).toMatch(/Seva ilipata tatizo/);
  });
});

describe('adminOutcome', () => {
  it('is done when the call succeeded, and keeps the refusal in words when it did not', async () => {
    const t = i18n.getFixedT('en');
    expect(await adminOutcome(t, async () => ({ id: 'u1' }))).toEqual({ ok: true });
    const refused = new SyncError(
      'forbidden',
      'You cannot deactivate your own account; ask another admin.',
      403,
    );
    expect(
      await adminOutcome(t, async () => {
        throw refused;
      }),
    ).toEqual({
      ok: false,
      reason: 'The server refused: You cannot deactivate your own account; ask another admin.',
    });
  });
});
