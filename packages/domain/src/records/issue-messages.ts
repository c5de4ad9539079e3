import type { z } from 'zod';
import { fieldLabel, type LabelContext } from './field-labels';

// The wording of the common refusals, in one place. Schemas give their own message only for
// rules this cannot phrase well from the field's label alone (ranges with units, cross-field rules).

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
};

/** Choices are spelled out only when there are few enough to read in one line. */
const MAX_CHOICES_SHOWN = 8;

export function issueMessageMap(context: LabelContext): z.core.$ZodErrorMap {
  return (issue) => describeIssue(issue, fieldLabel(issue.path ?? [], context));
}

function describeIssue(issue: z.core.$ZodRawIssue, label: string): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `The ${label} is required.`;
      return `The ${label} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${show(input)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `The ${label} is too long: at most ${issue.maximum} characters.`;
      if (issue.origin === 'array') return `At most ${issue.maximum} ${label} can be recorded.`;
      return `The ${label} cannot be ${show(input)}: it must be at most ${issue.maximum}.`;
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'string') return `The ${label} is required.`;
      return `The ${label} cannot be ${show(input)}: it must be at least ${issue.minimum}.`;
    case 'invalid_format':
      return `The ${label} ${show(input)} ${FORMAT_HINTS[issue.format] ?? 'is not in the expected format.'}`;
    case 'invalid_value':
      if (input === undefined) return `The ${label} is required.`;
      return `The ${label} ${show(input)} is not one of the choices${choices(issue.values)}`;
    case 'invalid_union':
      return describeUnionIssue(issue, label);
    case 'custom':
      if (issue.params?.rule === 'beforeEarliestDate') return `The ${label} ${String(input)} is before 1900.`;
      if (issue.params?.rule === 'brokenCharacter') {
        return `The ${label} holds a broken character (half of an emoji or symbol); type it again.`;
      }
      return `The ${label} is not possible.`;
    default:
      return `The ${label} is not possible.`;
  }
}

const FORMAT_HINTS: Readonly<Record<string, string>> = {
  date: 'is not a date written as YYYY-MM-DD.',
  datetime: 'is not a date and time written as YYYY-MM-DDTHH:MM.',
  // Record ids are the only fields checked against a pattern.
  regex: 'is not a valid id.',
  uuid: 'is not a valid id.',
};

function describeUnionIssue(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>, label: string): string {
  if (!issue.discriminator) return `The ${label} ${show(issue.input)} is not possible.`;
  // A discriminated union reports the whole object as its input; the tag is what was wrong.
  const tag = (issue.input as Record<string, unknown> | undefined)?.[issue.discriminator];
  const options: readonly unknown[] = Array.isArray(issue.options) ? issue.options : [];
  if (tag === undefined) return `The ${label} is required${choices(options)}`;
  return `The ${label} ${show(tag)} is not one of the choices${choices(options)}`;
}

function choices(values: readonly unknown[]): string {
  if (values.length === 0 || values.length > MAX_CHOICES_SHOWN) return '.';
  return ` (${values.map(String).join(', ')}).`;
}

/** Quotes what was typed, cut short so a pasted essay does not become the message. */
export function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a group of fields';
  return String(value);
}
