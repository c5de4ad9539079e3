import type { z } from 'zod';
import { fieldLabel, type LabelContext, RECORD_NOUNS } from './field-labels';
import { issueMessageMap } from './issue-messages';

/** One reason a record was refused: the field (a dotted path such as `phones.1.number`) and why. */
export interface Problem {
  field: string;
  message: string;
}

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function parseWithProblems<S extends z.ZodType>(
  schema: S,
  input: unknown,
  context: LabelContext,
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { error: issueMessageMap(context) });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => issueProblems(issue, context)) };
}

function issueProblems(issue: z.core.$ZodIssue, context: LabelContext): Problem[] {
  if (issue.code !== 'unrecognized_keys') return [{ field: fieldPath(issue.path), message: issue.message }];
  // One problem per unknown key, so each misspelt field is pointed at on its own.
  const owner = issue.path.length === 0 ? RECORD_NOUNS[context.kind] : fieldLabel(issue.path, context);
  return issue.keys.map((key) => ({
    field: fieldPath([...issue.path, key]),
    message: `"${key}" is not a field of ${owner}; check its spelling.`,
  }));
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
