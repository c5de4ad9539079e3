import pino from 'pino';
import { it } from 'vitest';
import { createApp } from '../app';
import { signedInUser, testAuthOptions, testHospital } from '../test-support/auth-fixtures';
import { createTestDatabase } from '../test-support/test-database';
import { testDevice } from '../test-support/version-factory';
import { HOSTILE_STRINGS } from './hostile';

it('probe', async () => {
  const t = await createTestDatabase();
  try {
    const app = createApp({
      db: t.db,
      logger: pino({ level: 'error' }),
      version: 't',
      webDist: '',
      auth: testAuthOptions(),
    });
    const h = await testHospital(t.db);
    const u = await signedInUser(t.db, { role: 'coordinator' });
    const device = testDevice({ id: u.user.id }, 'fuzz-seed');
    for (const text of HOSTILE_STRINGS.filter((s) => s.trim() !== '' && s.length <= 200)) {
      const p = device.patient(h.id, text, {
        address: text,
        notes: text,
        phones: [{ number: text.slice(0, 40), comment: text.slice(0, 100) }],
      });
      const r = await app.request('/api/sync/push', {
        method: 'POST',
        headers: u.headers,
        body: JSON.stringify({ deviceId: 'x', versions: [p] }),
      });
      if (r.status !== 200) console.log(JSON.stringify(text), r.status, await r.text());
      else {
        const b = (await r.json()) as { rejected: { reason: string }[] };
        if (b.rejected.length) console.log(JSON.stringify(text), 'rejected', b.rejected[0]?.reason);
      }
    }
  } finally {
    await t.drop();
  }
});
