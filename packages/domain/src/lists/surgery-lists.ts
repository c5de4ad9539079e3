// Codes are stored in records and exported: never rename one, only add (the web app owns the labels).

export const HERNIA_SITES = [
  'inguinal',
  'femoral',
  'incisional',
  'umbilical',
  'epigastric',
  'other',
] as const;
export type HerniaSite = (typeof HERNIA_SITES)[number];

/** CEPOD classification of urgency, reduced to the two categories the registry reports on. */
export const CEPOD_CATEGORIES = ['planned', 'emergency'] as const;
export type CepodCategory = (typeof CEPOD_CATEGORIES)[number];

export const SIDES = ['left', 'right', 'bilateral', 'notApplicable'] as const;
export type Side = (typeof SIDES)[number];

export const OCCURRENCES = ['primary', 'recurrent', 'reRecurrent'] as const;
export type Occurrence = (typeof OCCURRENCES)[number];

/** Occurrences that mean an earlier repair failed, so the previous repair is worth asking about. */
export const REPEAT_OCCURRENCES = ['recurrent', 'reRecurrent'] as const satisfies readonly Occurrence[];

export const PREVIOUS_REPAIRS = ['suture', 'mesh'] as const;
export type PreviousRepair = (typeof PREVIOUS_REPAIRS)[number];

export const HERNIA_TYPES = ['direct', 'indirect', 'pantaloon', 'notApplicable'] as const;
export type HerniaType = (typeof HERNIA_TYPES)[number];

/**
 * Measured in the surgeon's fingers across the defect, because no ruler is needed:
 * very small <1, small 1–2, medium 2–3, large 3–4, very large >4, massive reaches beyond mid-thigh.
 */
export const HERNIA_SIZES = ['verySmall', 'small', 'medium', 'large', 'veryLarge', 'massive'] as const;
export type HerniaSize = (typeof HERNIA_SIZES)[number];

export const COMPLEXITIES = ['simple', 'sliding', 'incarcerated', 'obstructed', 'strangulated'] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** General anaesthesia is split because ketamine without intubation is what many district theatres have. */
export const ANAESTHETICS = ['local', 'spinal', 'generalKetamine', 'generalIntubation', 'other'] as const;
export type Anaesthetic = (typeof ANAESTHETICS)[number];

export const ADDITIONAL_PROCEDURES = ['none', 'orchidectomy', 'scrotoplasty', 'other'] as const;
export type AdditionalProcedure = (typeof ADDITIONAL_PROCEDURES)[number];
