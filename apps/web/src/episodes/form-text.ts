// Converting between what form fields hold (text) and what records hold. Shared by the episode
// and log entry forms, so that both read a number or a blank the same way.

/** Typed text without its edges; blank (or not text at all) is undefined, i.e. "not recorded". */
export function textOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** The distinct non-blank texts of a list, or undefined when none is left. */
export function listOrUndefined(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = [...new Set(value.map(textOrUndefined).filter((v): v is string => v !== undefined))];
  return items.length === 0 ? undefined : items;
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number typed in a text field: blank is undefined; "37,5" is 37.5 (a decimal comma is usual in
 * Tanzania). Text that is not a number is returned as typed, so that the domain's check names it
 * ("must be a whole number, not "2a"") instead of it being dropped without a word.
 */
export function numberFromText(value: unknown): number | string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const typed = textOrUndefined(value);
  if (typed === undefined) return undefined;
  const dotted = typed.replace(',', '.');
  return NUMBER.test(dotted) ? Number(dotted) : typed;
}

/** A stored number (or text) as a form field shows it. */
export function textFromValue(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/** An object without its undefined entries, so that records hold only what was recorded. */
export function withoutUndefined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}
