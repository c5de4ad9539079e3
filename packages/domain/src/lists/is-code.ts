/** Narrows a stored or typed value to a code of `list`, e.g. before looking up its label. */
export function isCode<const L extends readonly string[]>(list: L, value: unknown): value is L[number] {
  return typeof value === 'string' && list.includes(value);
}
