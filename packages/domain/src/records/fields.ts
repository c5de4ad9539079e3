import { z } from 'zod';

// Building blocks shared by the record schemas. Messages for the common failures are written
// once, from the field's label, in issue-messages.ts; only unusual rules carry their own.

/** Nothing this registry records happened before this; an earlier date is a typing slip. */
export const EARLIEST_DATE = '1900-01-01';

/**
 * The same lower-case UUID as versions' `idSchema`, declared again so that a refusal is worded
 * from the field's label ("The registering hospital … is not a valid id") rather than idSchema's own text.
 */
export const recordId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/**
 * Half of a surrogate pair (e.g. an emoji cut in two by a length limit) cannot be stored: it is not
 * Unicode, and the database's JSON check refuses it. In a `u` regex a well-formed pair is one code
 * point outside this range, so only a lone half matches.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

export const text = (maxLength: number) =>
  z
    .string()
    .trim()
    .max(maxLength)
    .refine((value) => !LONE_SURROGATE.test(value), { params: { rule: 'brokenCharacter' } });

/** Names of things and "other" answers. */
export const shortText = text(200);

/** Comments and notes: long enough for a paragraph, short enough to keep a record small. */
export const longText = text(4000);

export const isoDate = z.iso.date().refine((date) => date >= EARLIEST_DATE, {
  params: { rule: 'beforeEarliestDate' },
});

export const codeOf = <const L extends readonly [string, ...string[]]>(list: L) => z.enum(list);

export const idList = (maxItems: number) => z.array(recordId).max(maxItems);

export const wholeNumber = z.int();
