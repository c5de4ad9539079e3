import type { PullResponse, PushResponse, SessionUser, Version } from '@registry/domain';

/** A thin HTTP client of the sync protocol, as a device would use it. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private token = '',
  ) {}

  user: SessionUser | undefined;

  async login(username: string, password: string): Promise<SessionUser> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { token: string; user: SessionUser };
    this.token = body.token;
    this.user = body.user;
    return body.user;
  }

  async post<T>(path: string, body: unknown): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  async get<T>(path: string): Promise<T> {
    const res = await fetch(`${this.baseUrl}${path}`, { headers: { Authorization: `Bearer ${this.token}` } });
    if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  }

  push(deviceId: string, versions: Version[]): Promise<PushResponse> {
    return this.post('/api/sync/push', { deviceId, versions });
  }

  pull(cursor: string, limit = 1000): Promise<PullResponse> {
    return this.get(`/api/sync/pull?${new URLSearchParams({ cursor, limit: String(limit) })}`);
  }
}
