import type { Random } from './random';

// Fields a tired surgeon leaves for later, with the fields that only make sense beside them, so
// that what is left is still consistent (no mesh brand without a mesh type).
const LEAVABLE: Readonly<Record<string, readonly string[]>> = {
  surgery: [
    'size',
    'herniaType',
    'complexity',
    'diathermyUsed',
    'prophylacticAntibiotics',
    'anaesthetic',
    'meshType',
  ],
  discharge: ['antibioticsOnDischarge', 'antibioticsOralDays', 'anyComplications'],
  followUp: ['pain', 'meshAwareness', 'seroma', 'numbness', 'furtherSurgeryNeeded'],
};
const GOES_WITH: Readonly<Record<string, readonly string[]>> = {
  prophylacticAntibiotics: ['antibioticTimings'],
  anaesthetic: ['anaestheticOther'],
  meshType: ['meshBrand'],
  antibioticsOnDischarge: ['antibioticsIvDays', 'antibioticsOralDays'],
};

/**
 * The form as first saved: one to three fields left out (the record then shows what is missing,
 * and the incomplete worklist brings it back). `full` is what a later completing edit saves.
 */
export function leaveFieldsOut<D extends { type: string }>(
  random: Random,
  full: D,
): { saved: D; left: string[] } {
  const has = (field: string) => (full as Record<string, unknown>)[field] !== undefined;
  // A discharge that lists complications keeps saying so, or the list would read as unasked.
  const allowed = (LEAVABLE[full.type] ?? []).filter(
    (field) => has(field) && (field !== 'anyComplications' || !has('complications')),
  );
  const left = random.sample(allowed, random.int(1, Math.min(3, allowed.length)));
  const dropped = new Set(left.flatMap((field) => [field, ...(GOES_WITH[field] ?? [])]));
  const saved = Object.fromEntries(Object.entries(full).filter(([key]) => !dropped.has(key))) as D;
  return { saved, left };
}
