import {
  ADDITIONAL_PROCEDURES,
  ANAESTHETICS,
  ANTIBIOTIC_TIMINGS,
  CEPOD_CATEGORIES,
  COMPLEXITIES,
  COMPLICATION_CODES,
  DRUGS,
  EPISODE_TYPES,
  EVENT_LOG_KINDS,
  FOLLOW_UP_FINDINGS,
  GENDERS,
  HERNIA_SITES,
  HERNIA_SIZES,
  HERNIA_TYPES,
  isCode,
  MEDICATION_ROUTES,
  MESH_TYPES,
  OCCURRENCES,
  PAIN_LEVELS,
  PREVIOUS_REPAIRS,
  ROLES,
  SIDES,
  TANZANIA_REGIONS,
  TANZANIA_ZONES,
  TRI_STATES,
  YES_NO,
} from '@registry/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Choice } from '../forms/choice-buttons';

/**
 * Any `t` of react-i18next, whatever namespace it is bound to: labels are looked up with the
 * namespace in the key (`lists:side.left`), so callers need not load 'lists' themselves.
 */
export interface Translate {
  (key: string): string;
  (key: string, options: Record<string, unknown>): string;
}

/** Each list of the domain under the name its labels are kept by in the 'lists' namespace. */
export const LIST_CODES = {
  herniaSite: HERNIA_SITES,
  cepod: CEPOD_CATEGORIES,
  side: SIDES,
  occurrence: OCCURRENCES,
  previousRepair: PREVIOUS_REPAIRS,
  herniaType: HERNIA_TYPES,
  herniaSize: HERNIA_SIZES,
  complexity: COMPLEXITIES,
  meshType: MESH_TYPES,
  anaesthetic: ANAESTHETICS,
  additionalProcedure: ADDITIONAL_PROCEDURES,
  antibioticTiming: ANTIBIOTIC_TIMINGS,
  triState: TRI_STATES,
  yesNo: YES_NO,
  complicationCode: COMPLICATION_CODES,
  drug: DRUGS,
  medicationRoute: MEDICATION_ROUTES,
  painLevel: PAIN_LEVELS,
  followUpFinding: FOLLOW_UP_FINDINGS,
  gender: GENDERS,
  episodeType: EPISODE_TYPES,
  eventLogKind: EVENT_LOG_KINDS,
  role: ROLES,
  tanzaniaZone: TANZANIA_ZONES,
  tanzaniaRegion: TANZANIA_REGIONS,
} as const;
export type ListName = keyof typeof LIST_CODES;
export type CodeOf<L extends ListName> = (typeof LIST_CODES)[L][number];

/**
 * The label of a stored code. A value that is not a code of the list (written by a newer version
 * of the app, or damaged) is shown as it is rather than hidden, and nothing shows as ''.
 */
export function codeLabel(t: Translate, listName: ListName, code: unknown): string {
  if (isCode(LIST_CODES[listName], code)) return t(`lists:${listName}.${code}`);
  if (typeof code === 'string') return code;
  if (typeof code === 'number' || typeof code === 'boolean') return String(code);
  return '';
}

/** The choices for ChoiceButtons or a select, in the list's order (or the order of `codes`). */
export function choicesOf<L extends ListName>(
  t: Translate,
  listName: L,
  codes: readonly CodeOf<L>[] = LIST_CODES[listName] as readonly CodeOf<L>[],
): Choice[] {
  return codes.map((code) => ({ value: code, label: codeLabel(t, listName, code) }));
}

/** choicesOf in a component, following the language as it changes. */
export function useChoices<L extends ListName>(listName: L, codes?: readonly CodeOf<L>[]): Choice[] {
  const { t, i18n } = useTranslation('lists');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the labels change with the language
  return useMemo(() => choicesOf(t, listName, codes), [t, listName, codes, i18n.language]);
}
