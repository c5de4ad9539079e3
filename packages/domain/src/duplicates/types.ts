// Why: the scorer's answer is read by people, in Swahili and English, on a coordinator's screen.
// So it returns stable codes with their data — never sentences — and the screen words them.

/** The fields of a patient that say whether two records are one person. */
export interface DuplicateCandidate {
  readonly id: string;
  readonly fullName: string;
  readonly gender?: string | undefined;
  readonly birthYear?: number | undefined;
  readonly nationalId?: string | undefined;
  readonly hospitalNumber?: string | undefined;
  readonly phones?: readonly { readonly number?: string | undefined }[] | undefined;
  readonly registeredHospitalId: string;
  /** Ids of patients a coordinator has said are not this one: those pairs are never offered. */
  readonly notDuplicateOf?: readonly string[] | undefined;
  /** Set once merged into another patient: such a record is no longer a candidate. */
  readonly mergedInto?: string | undefined;
}

/** One piece of evidence for (or against) two records being one person. */
export type DuplicateReason =
  | { readonly code: 'sameNationalId' }
  | { readonly code: 'differentNationalId' }
  | { readonly code: 'sameHospitalNumber' }
  | { readonly code: 'similarName'; readonly similarity: number }
  | { readonly code: 'differentName'; readonly similarity: number }
  /** Words of one name (not initials) that nothing in the other name resembles: Neema vs Amani. */
  | { readonly code: 'unmatchedNameWords'; readonly count: number }
  /** Initials of one name that start no word of the other: S. Mushi vs John Mushi. */
  | { readonly code: 'unmatchedInitials'; readonly count: number }
  /** Names written in one record only, the rest agreeing: a middle name left out, or a relative's. */
  | { readonly code: 'extraNameWords'; readonly count: number }
  /** One record lacks the other's first name but has its later ones: Elias Ally vs Kassim Elias Ally. */
  | { readonly code: 'firstNameMissing' }
  /** The names that agree are common among these patients: about `patients` share them by chance. */
  | { readonly code: 'commonName'; readonly patients: number }
  /** The names that agree are rare among these patients: `patients` (below 1) expected by chance. */
  | { readonly code: 'rareName'; readonly patients: number }
  /** Birth years, each from the national id when it states one (`fromNationalId`). */
  | { readonly code: 'birthYearClose'; readonly years: number; readonly fromNationalId?: true }
  | { readonly code: 'birthYearFar'; readonly years: number; readonly fromNationalId?: true }
  | { readonly code: 'sameGender' }
  | { readonly code: 'differentGender' }
  | { readonly code: 'samePhone' }
  /** The same phone, but the names disagree: relatives (twins, siblings) often share one phone. */
  | { readonly code: 'familyPhone' }
  | { readonly code: 'differentPhones' }
  | { readonly code: 'sameHospital' };

export type DuplicateReasonCode = DuplicateReason['code'];

export interface PairScore {
  /** 0..1: how likely the two records are one person. */
  readonly score: number;
  /** The evidence, strongest first. */
  readonly reasons: readonly DuplicateReason[];
}

export interface DuplicatePair extends PairScore {
  readonly a: string;
  readonly b: string;
}
