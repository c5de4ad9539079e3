import { digitsOf } from '@registry/domain';
import type { PatientSummary } from '../local/patient-summary';
import type { PatientFormValues } from './patient-form-values';

/** Fewer letters than this in a name find too many people to be a useful warning. */
const MIN_NAME_LETTERS = 3;
/** Fewer digits than this in a phone find too many numbers. */
const MIN_PHONE_DIGITS = 6;
const MIN_CODE_LENGTH = 3;

type Identifying = Pick<Partial<PatientFormValues>, 'fullName' | 'nationalId' | 'hospitalNumber' | 'phones'>;

/**
 * What to search for while a new patient's form is filled: the name, each phone, the national id and
 * the hospital number, each on its own so that one matching phone is found whatever the name says.
 */
export function matchQueries(values: Identifying): string[] {
  const queries: string[] = [];
  const name = values.fullName?.trim() ?? '';
  if (name.replace(/[^\p{L}]/gu, '').length >= MIN_NAME_LETTERS) queries.push(name);
  for (const phone of values.phones ?? []) {
    const number = phone?.number?.trim() ?? '';
    if (digitsOf(number).length >= MIN_PHONE_DIGITS) queries.push(number);
  }
  for (const code of [values.nationalId, values.hospitalNumber]) {
    const text = code?.trim() ?? '';
    if (text.length >= MIN_CODE_LENGTH) queries.push(text);
  }
  return queries;
}

/**
 * The matches of several searches as one list: each patient once, in the order first found, without
 * `excludeId` (the patient being edited), at most `limit`.
 */
export function mergeMatches(
  lists: readonly (readonly PatientSummary[])[],
  limit: number,
  excludeId?: string,
): PatientSummary[] {
  const seen = new Set<string>(excludeId ? [excludeId] : []);
  const merged: PatientSummary[] = [];
  // Round-robin, so that a strong phone match is not pushed out by many weak name matches.
  for (let rank = 0; merged.length < limit && lists.some((l) => rank < l.length); rank++) {
    for (const list of lists) {
      const summary = list[rank];
      if (!summary || seen.has(summary.patientId)) continue;
      seen.add(summary.patientId);
      merged.push(summary);
      if (merged.length === limit) break;
    }
  }
  return merged;
}
