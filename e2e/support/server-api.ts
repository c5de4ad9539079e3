import type { PulledVersion } from '@registry/domain';
import { E2E_BASE_URL } from './e2e-env';

/** The demo's password for every account (the server seeds the demo data on the emptied e2e database). */
export const DEMO_PASSWORD = 'registry-demo';

/** Signs in through the API, as a device would, and returns the bearer token. */
export async function apiToken(username: string): Promise<string> {
  const response = await fetch(`${E2E_BASE_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Sign-in of ${username} failed: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

/** A GET of the API as `username`, its JSON answer. */
export async function apiGet(username: string, path: string): Promise<unknown> {
  const response = await fetch(`${E2E_BASE_URL}${path}`, {
    headers: { Authorization: `Bearer ${await apiToken(username)}` },
  });
  if (!response.ok) throw new Error(`GET ${path} as ${username}: ${response.status}`);
  return response.json();
}

/** A POST of JSON to the API as `username`, its JSON answer. */
export async function apiPost(username: string, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${E2E_BASE_URL}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await apiToken(username)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path} as ${username}: ${response.status}`);
  return response.json();
}

/** Every version the user may see, pulled page by page: what the server holds. */
export async function pullAll(username: string): Promise<PulledVersion[]> {
  const token = await apiToken(username);
  const all: PulledVersion[] = [];
  let cursor = '';
  for (;;) {
    const response = await fetch(
      `${E2E_BASE_URL}/api/sync/pull?cursor=${encodeURIComponent(cursor)}&limit=5000`,
      {
        headers: { Authorization: `Bearer ${token}` },
      },
    );
    const page = (await response.json()) as { versions: PulledVersion[]; cursor: string; more: boolean };
    all.push(...page.versions);
    cursor = page.cursor;
    if (!page.more) return all;
  }
}

type PushAnswer = {
  accepted: string[];
  duplicate: string[];
  rejected: { versionId: string; reason: string }[];
};

/** Pushes versions as `username` from a device of that name; the server's answer (accepted, rejected). */
export async function pushVersions(
  username: string,
  deviceId: string,
  versions: readonly unknown[],
): Promise<PushAnswer> {
  return (await apiPost(username, '/api/sync/push', { deviceId, versions })) as PushAnswer;
}
