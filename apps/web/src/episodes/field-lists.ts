import { FOLLOW_UP_FINDINGS } from '@registry/domain';
import type { ListName } from './list-labels';

/**
 * Which list of codes a stored field takes its values from, by the field's own name (the last part
 * of a path, so `complications.0.code` is a complication). Fields not named here hold free text,
 * numbers, dates or ids.
 */
const FIELD_LISTS: Readonly<Record<string, ListName>> = {
  gender: 'gender',
  type: 'episodeType',
  kind: 'eventLogKind',
  herniaSite: 'herniaSite',
  cepod: 'cepod',
  side: 'side',
  occurrence: 'occurrence',
  previousRepair: 'previousRepair',
  herniaType: 'herniaType',
  size: 'herniaSize',
  complexity: 'complexity',
  meshType: 'meshType',
  anaesthetic: 'anaesthetic',
  additionalProcedure: 'additionalProcedure',
  antibioticTimings: 'antibioticTiming',
  diathermyUsed: 'triState',
  prophylacticAntibiotics: 'triState',
  anyComplications: 'triState',
  ...Object.fromEntries([...FOLLOW_UP_FINDINGS, 'furtherSurgeryNeeded'].map((f) => [f, 'triState'])),
  antibioticsOnDischarge: 'yesNo',
  code: 'complicationCode',
  pain: 'painLevel',
  drug: 'drug',
  route: 'medicationRoute',
};

export function listOfField(field: string): ListName | undefined {
  const name = field.slice(field.lastIndexOf('.') + 1);
  return Object.hasOwn(FIELD_LISTS, name) ? FIELD_LISTS[name] : undefined;
}
