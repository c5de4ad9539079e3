import { createHash } from 'node:crypto';
import { type RecordState, recordStates, type Version } from '@registry/domain';

/** What a device shows, as text: each record's heads, preferred head and deleted flag. */
export function statesKey(versions: Iterable<Version>): string {
  return [...recordStates(versions).values()].map(stateLine).sort().join('\n');
}

export function stateLine(s: RecordState): string {
  return `${s.entityId}:${s.heads.map((h) => h.versionId).join('+')}:${s.preferred.versionId}:${s.deleted}`;
}

/** JSON with object keys sorted, so that two copies of one version compare equal however they were built. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Every version a device holds, whole (data included), as one digest. */
export function versionsDigest(versions: Iterable<Version>): string {
  const lines = [...versions].map(stableJson).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}

/** The first lines on which two state texts differ, for a failure message. */
export function firstDifferences(expected: string, actual: string, count = 3): string[] {
  const want = new Set(expected.split('\n'));
  const have = new Set(actual.split('\n'));
  const missing = [...want].filter((line) => !have.has(line)).slice(0, count);
  const extra = [...have].filter((line) => !want.has(line)).slice(0, count);
  return [...missing.map((l) => `server: ${l}`), ...extra.map((l) => `device: ${l}`)];
}
