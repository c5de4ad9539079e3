import type { AdminUser, Hospital } from '@registry/domain';

/** A person's or a hospital's name for an id the audit log recorded; undefined for any other text. */
export type NameOf = (id: string) => string | undefined;

export const noNames: NameOf = () => undefined;

/** Names for the ids an admin's audit entries hold: users as "Full Name (username)", hospitals by name. */
export function auditNames(users: readonly AdminUser[], hospitals: readonly Hospital[]): NameOf {
  const names = new Map<string, string>([
    ...users.map((user): [string, string] => [user.id, `${user.fullName} (${user.username})`]),
    ...hospitals.map((hospital): [string, string] => [hospital.id, hospital.name]),
  ]);
  return (id) => names.get(id);
}

/** What an entry is about ("user:<id>", "hospital:<id>"), by name when the id is known. */
export function subjectText(subject: string | null, nameOf: NameOf): string {
  if (!subject) return '';
  const id = subject.slice(subject.indexOf(':') + 1);
  return nameOf(id) ?? subject;
}

/**
 * What an audit entry recorded besides who, what and when, on one line: "role: admin; hospitalIds:
 * Bugando, Sengerema". Text and lists of text read as they are, known ids by name; anything else as JSON.
 */
export function detailText(detail: Record<string, unknown> | null, nameOf: NameOf = noNames): string {
  if (!detail) return '';
  const word = (text: string) => nameOf(text) ?? text;
  const words = (value: unknown): string => {
    if (typeof value === 'string') return word(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      return value.map(word).join(', ');
    return JSON.stringify(value) ?? String(value);
  };
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${words(value)}`)
    .join('; ');
}
