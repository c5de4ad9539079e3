import type { Actor, Rejection, Role } from '@registry/domain';
import { createHospital } from '../admin/hospitals-repo';
import { recordAudit } from '../audit/record-audit';
import type { PasswordParams } from '../auth/passwords';
import { createUser } from '../auth/users-repo';
import type { RegistryDb } from '../db/registry-db';
import { pushVersions } from '../sync/push-versions';
import { type DemoLogin, demoLogins } from './demo-logins';
import { demoPushes } from './demo-pushes';
import { countDemo, type DemoCounts } from './demo-summary';
import { whyNotEmpty } from './empty-registry';
import { DEFAULT_DEMO_SEED, type DemoData, type DemoOptions, generateDemoData } from './generate-demo';
import { withSeedLock } from './seed-lock';

/**
 * A low argon2id cost for the demo accounts. Their password is printed on the console, so the hash
 * protects nothing, while seventeen hashes at the production cost would add seconds to a first
 * start. A password set later (reset or change) is hashed at the production cost as usual.
 */
export const DEMO_PASSWORD_PARAMS: PasswordParams = { memoryCost: 8192, timeCost: 1, parallelism: 1 };

export interface SeedDemoOptions extends DemoOptions {
  passwordParams?: PasswordParams;
  /** Who asked, for the audit log: "cli" or "start". */
  via?: string;
}

export interface DemoSeedSummary {
  seed: string | number;
  hospitals: number;
  users: Record<Role, number>;
  counts: DemoCounts;
  duplicatePairs: number;
  logins: DemoLogin[];
  pushes: number;
  /** Versions the server refused; always empty unless the generator has a bug. */
  rejected: Rejection[];
  elapsedMs: number;
}

/** The registry was not empty; the message says so in one sentence. */
export class DemoSeedRefused extends Error {
  override name = 'DemoSeedRefused';
}

/**
 * Fills an empty registry with the demo: hospitals and users through the admin repositories, then
 * every version pushed by its own author through pushVersions, so the demo passes the same checks
 * and builds the same projection as real use. Refuses (DemoSeedRefused) a database with users.
 */
export async function seedDemo(db: RegistryDb, options: SeedDemoOptions): Promise<DemoSeedSummary> {
  const started = performance.now();
  return withSeedLock(db, async () => {
    const refusal = await whyNotEmpty(db);
    if (refusal) throw new DemoSeedRefused(refusal);
    const data = generateDemoData(options);
    const actors = await createDirectory(db, data, options.passwordParams ?? DEMO_PASSWORD_PARAMS);
    const pushes = demoPushes(data.versions);
    const rejected: Rejection[] = [];
    // The pushes of one round depend only on earlier rounds, so they go up side by side, as many
    // devices would: it nearly halves the seed time (the server locks records it shares between them).
    const rounds = [...new Set(pushes.map((p) => p.round))];
    for (const round of rounds) {
      const results = await Promise.all(
        pushes
          .filter((p) => p.round === round)
          .map((push) => {
            const actor = actors.get(push.authorId);
            if (!actor)
              throw new Error(`A demo version names an author who is not a demo user (${push.authorId}).`);
            return pushVersions(db, actor, push.versions, { now: options.now });
          }),
      );
      for (const result of results) rejected.push(...result.rejected);
    }
    const summary = summarize(data, options, pushes.length, rejected, performance.now() - started);
    await recordAudit(db, {
      action: 'demo.seed',
      outcome: rejected.length === 0 ? 'ok' : 'failed',
      detail: { via: options.via, seed: summary.seed, ...summary.counts, rejected: rejected.length },
    });
    return summary;
  });
}

async function createDirectory(
  db: RegistryDb,
  data: DemoData,
  passwordParams: PasswordParams,
): Promise<Map<string, Actor>> {
  for (const h of data.hospitals) {
    await createHospital(
      db,
      { name: h.name, address: h.address, region: h.region, zone: h.zone },
      { id: h.id },
    );
  }
  // One at a time: concurrent membership inserts deadlock on MariaDB's gap locks.
  const users = [];
  for (const member of data.staff) {
    const { username, fullName, role, hospitalIds } = member;
    const input = { username, fullName, password: data.password, role, hospitalIds };
    users.push(await createUser(db, input, { id: member.id, passwordParams }));
  }
  return new Map(
    users.map((user) => [
      user.id,
      { id: user.id, role: user.role, hospitalIds: user.hospitalIds, active: user.active },
    ]),
  );
}

function summarize(
  data: DemoData,
  options: SeedDemoOptions,
  pushes: number,
  rejected: Rejection[],
  elapsedMs: number,
): DemoSeedSummary {
  const users: Record<Role, number> = { admin: 0, coordinator: 0, surgeon: 0 };
  for (const member of data.staff) users[member.role]++;
  return {
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    hospitals: data.hospitals.length,
    users,
    counts: countDemo(data.versions, options.now),
    duplicatePairs: data.duplicates.length,
    logins: demoLogins(data),
    pushes,
    rejected,
    elapsedMs: Math.round(elapsedMs),
  };
}
