/**
 * Forms send '' for a field left blank and other tools send null; both mean "not recorded", and
 * missing is not invalid, so they are removed before validation instead of being refused.
 * Strings are trimmed first so that a lone space is blank too. Empty lists and list items left
 * entirely blank (an unused phone row) are removed for the same reason.
 */
export function normalizeRecordInput(input: unknown): unknown {
  if (!isPlainObject(input)) return input;
  return normalizeObject(input) ?? {};
}

function normalizeValue(value: unknown): unknown {
  if (value === null) return undefined;
  if (typeof value === 'string') {
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) {
    const items = value.map(normalizeValue).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isPlainObject(value)) return normalizeObject(value);
  return value;
}

function normalizeObject(input: Record<string, unknown>): Record<string, unknown> | undefined {
  const output: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const normalized = normalizeValue(value);
    if (normalized === undefined) continue;
    // defineProperty, so a "__proto__" key from JSON stays a plain (and refused) key.
    Object.defineProperty(output, key, {
      value: normalized,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return Object.keys(output).length === 0 ? undefined : output;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
