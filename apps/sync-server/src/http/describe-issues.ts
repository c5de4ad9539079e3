import type { Problem, ValidationResult } from '@registry/domain';
import type { z } from 'zod';

// Readable refusals for request bodies and queries, in the domain's words and shape (field + message).
// Schemas give their own message where a rule needs one; everything else is phrased here from the key.

const LABELS: Readonly<Record<string, string>> = {
  fullName: 'full name',
  hospitalIds: 'hospitals',
  deviceId: 'device id',
};

function label(path: readonly PropertyKey[]): string {
  const key = String(path.at(-1) ?? 'request');
  if (typeof path.at(-1) === 'number')
    return `item ${Number(path.at(-1)) + 1} of the ${label(path.slice(0, -1))}`;
  return LABELS[key] ?? key.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' && value !== null ? 'a group of fields' : String(value);
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'text',
  array: 'a list',
  object: 'a JSON object',
};

const errorMap: z.core.$ZodErrorMap = (issue) => {
  const name = label(issue.path ?? []);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `The ${name} is required.`;
      return `The ${name} must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${show(issue.input)}.`;
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `The ${name} must be at least ${issue.minimum}.`;
      return issue.origin === 'string' && issue.minimum === 1
        ? `The ${name} is required.`
        : `The ${name} must have at least ${issue.minimum} ${issue.origin === 'array' ? 'items' : 'characters'}.`;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int')
        return `The ${name} must be at most ${issue.maximum}.`;
      return `The ${name} must have at most ${issue.maximum} ${issue.origin === 'array' ? 'items' : 'characters'}.`;
    case 'invalid_value':
      return `The ${name} ${show(issue.input)} is not one of the choices (${issue.values.map(String).join(', ')}).`;
    case 'invalid_format':
      return `The ${name} ${show(issue.input)} is not in the expected format.`;
    default:
      return `The ${name} is not possible.`;
  }
};

/** Parses `input`, or lists every problem; `noun` names the whole thing ("a new user"). */
export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  input: unknown,
  noun: string,
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { error: errorMap });
  if (result.success) return { ok: true, data: result.data };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code !== 'unrecognized_keys') return [{ field: issue.path.join('.'), message: issue.message }];
    // One problem per unknown key, so each misspelt field is pointed at on its own.
    return issue.keys.map((key) => ({
      field: [...issue.path, key].join('.'),
      message: `"${key}" is not a field of ${noun}; check its spelling.`,
    }));
  });
  return { ok: false, problems };
}

/** All the problems as one paragraph, for messages that must be a single string. */
export function problemsSentence(problems: readonly Problem[]): string {
  return problems.map((problem) => problem.message).join(' ');
}
