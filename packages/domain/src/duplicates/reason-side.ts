// Why: a coordinator's screen lists the evidence for one person apart from the evidence for two.
// Which side a reason is on is the scorer's knowledge, so it is kept here with the weights, and a
// reason added to the scorer cannot be listed on the wrong side by a screen that has not heard of it.
import type { DuplicateReason, DuplicateReasonCode } from './types';

/** Every reason the scorer gives, with the side it is on. */
export const REASON_CODES: Readonly<Record<DuplicateReasonCode, 'onePerson' | 'twoPeople'>> = {
  sameNationalId: 'onePerson',
  differentNationalId: 'twoPeople',
  sameHospitalNumber: 'onePerson',
  similarName: 'onePerson',
  differentName: 'twoPeople',
  unmatchedNameWords: 'twoPeople',
  unmatchedInitials: 'twoPeople',
  extraNameWords: 'twoPeople',
  firstNameMissing: 'twoPeople',
  commonName: 'twoPeople',
  rareName: 'onePerson',
  birthYearClose: 'onePerson',
  birthYearFar: 'twoPeople',
  sameGender: 'onePerson',
  differentGender: 'twoPeople',
  samePhone: 'onePerson',
  familyPhone: 'twoPeople',
  differentPhones: 'twoPeople',
  sameHospital: 'onePerson',
};

/** Whether a reason speaks for two people (against a duplicate); every other speaks for one. */
export const suggestsTwoPeople = (reason: DuplicateReason): boolean =>
  REASON_CODES[reason.code] === 'twoPeople';
