import type { Hospital, StaffMember } from '@registry/domain';
import { codeLabel, type Translate } from '../episodes/list-labels';
import type { Choice } from '../forms/choice-buttons';

// The options of the filter bar's selects, from the reference data kept on the device. Unlike a
// form's pickers they offer closed hospitals and staff who left too: old records name them. The
// value chosen is always offered, even when this device does not know it (an address shared by
// someone whose device holds more), so that the select shows what is applied.

const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label);

function withCurrent(
  choices: Choice[],
  current: string | undefined,
  unknown: (id: string) => string,
): Choice[] {
  if (current && !choices.some((c) => c.value === current))
    choices.push({ value: current, label: unknown(current) });
  return choices.sort(byLabel);
}

export function hospitalFilterChoices(
  t: Translate,
  hospitals: readonly Hospital[],
  current: string | undefined,
): Choice[] {
  const choices = hospitals.map((h) => ({
    value: h.id,
    label: h.active ? h.name : t('episodes:form.inactive', { name: h.name }),
  }));
  return withCurrent(choices, current, (id) => t('episodes:form.unknownHospital', { id: id.slice(0, 8) }));
}

export function staffFilterChoices(
  t: Translate,
  staff: readonly StaffMember[],
  current: string | undefined,
): Choice[] {
  const choices = staff.map((s) => ({
    value: s.id,
    label: s.active ? s.fullName : t('episodes:form.inactive', { name: s.fullName }),
  }));
  return withCurrent(choices, current, (id) => t('episodes:form.unknownPerson', { id: id.slice(0, 8) }));
}

/** The regions of the hospitals, once each, by their names in the screen's language. */
export function regionFilterChoices(
  t: Translate,
  hospitals: readonly Hospital[],
  current: string | undefined,
): Choice[] {
  const regions = new Set(hospitals.flatMap((h) => (h.region ? [h.region] : [])));
  if (current) regions.add(current);
  return [...regions]
    .map((region) => ({ value: region, label: codeLabel(t, 'tanzaniaRegion', region) }))
    .sort(byLabel);
}
