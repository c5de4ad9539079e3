import type { Role } from '@registry/domain';
import type { DemoData } from './generate-demo';

export interface DemoLogin {
  username: string;
  password: string;
  role: Role;
  fullName: string;
  /** Names of the hospitals a surgeon belongs to; empty for coordinators and admins (they see all). */
  hospitals: string[];
}

/** Every demo account, admins first, as printed at start and by the CLI. */
export function demoLogins(data: Pick<DemoData, 'staff' | 'hospitals' | 'password'>): DemoLogin[] {
  const nameOf = (id: string) => data.hospitals.find((h) => h.id === id)?.name ?? id;
  const rank: Record<Role, number> = { admin: 0, coordinator: 1, surgeon: 2 };
  return [...data.staff]
    .sort((a, b) => rank[a.role] - rank[b.role])
    .map((member) => ({
      username: member.username,
      password: data.password,
      role: member.role,
      fullName: member.fullName,
      hospitals: member.hospitalIds.map(nameOf),
    }));
}

/** The sign-in line a newcomer needs: the three logins to try first, and where. */
export function signInSentence(logins: readonly DemoLogin[], url: string): string {
  const first = ['admin', 'coordinator', 'surgeon']
    .map((username) => logins.find((login) => login.username === username))
    .filter((login) => login !== undefined)
    .map((login) => `${login.username} / ${login.password} (${describeRole(login)})`);
  return `Demo data loaded. Sign in at ${url} with: ${first.join(', ')}.`;
}

/** One line per account, aligned, for a console block. */
export function loginTable(logins: readonly DemoLogin[]): string[] {
  const width = Math.max(...logins.map((login) => login.username.length));
  return logins.map(
    (login) => `  ${login.username.padEnd(width)}  ${login.fullName}, ${describeRole(login)}`,
  );
}

function describeRole(login: DemoLogin): string {
  return login.hospitals.length > 0 ? `${login.role} at ${login.hospitals.join(' and ')}` : login.role;
}
