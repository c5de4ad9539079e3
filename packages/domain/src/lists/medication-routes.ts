/** `infiltration` is local anaesthetic into the wound, the commonest route in hernia repair under local. */
export const MEDICATION_ROUTES = [
  'oral',
  'intravenous',
  'intramuscular',
  'subcutaneous',
  'spinal',
  'infiltration',
  'rectal',
  'topical',
  'other',
] as const;
export type MedicationRoute = (typeof MEDICATION_ROUTES)[number];
