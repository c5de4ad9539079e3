// Why: one Tanzanian number is written "+255 754 123 456", "0754 123 456" or "754123456", and a
// clerk searching by phone types whatever part they have. Comparing digits only, and the last nine
// of them (the subscriber number without the 255 country code or the 0 trunk prefix), makes all of
// those one number without knowing which way each was written.

/** How many trailing digits identify a Tanzanian number: 7xx xxx xxx after +255 or 0. */
const SUBSCRIBER_DIGITS = 9;
/** Fewer typed digits than this match too much to be worth a substring search. */
const MIN_PIECE_DIGITS = 4;

/** The ASCII digits of a phone number or an identifier, in order; everything else is dropped. */
export const digitsOf = (text: string): string => text.replace(/\D+/g, '');

/** A query's digits prepared once, so matching many phones allocates nothing. */
export interface PhoneQuery {
  /** The last nine digits, or '' when fewer than nine were typed. */
  readonly last9: string;
  /** The typed digits and, without a leading 0, 255 or 00255, what remains: searched as substrings. */
  readonly pieces: readonly string[];
}

export const phoneQueryOf = (queryDigits: string): PhoneQuery => {
  const last9 = queryDigits.length >= SUBSCRIBER_DIGITS ? queryDigits.slice(-SUBSCRIBER_DIGITS) : '';
  if (queryDigits.length < MIN_PIECE_DIGITS) return { last9, pieces: [] };
  const pieces = [queryDigits];
  // A stored number may be written with another prefix than the query, so the query without its
  // own prefix is looked for too: "0754" finds "+255 754 …" and "255754" finds "0754 …".
  for (const prefix of ['00255', '255', '0']) {
    if (queryDigits.startsWith(prefix) && queryDigits.length - prefix.length >= MIN_PIECE_DIGITS - 1) {
      pieces.push(queryDigits.slice(prefix.length));
      break;
    }
  }
  return { last9, pieces };
};

export const phoneQueryMatches = (query: PhoneQuery, phoneDigits: string): boolean => {
  if (phoneDigits === '') return false;
  if (query.last9 !== '' && phoneDigits.length >= SUBSCRIBER_DIGITS && phoneDigits.endsWith(query.last9)) {
    return true;
  }
  for (const piece of query.pieces) if (phoneDigits.includes(piece)) return true;
  return false;
};

/**
 * Whether typed digits find a stored phone's digits: the last nine digits agree (so +255 754 123 456,
 * 0754 123 456 and 754 123 456 are one number), or at least four typed digits appear in the stored
 * number, also after dropping the query's own 0, 255 or 00255 prefix.
 */
export const phoneMatches = (queryDigits: string, phoneDigits: string): boolean =>
  phoneQueryMatches(phoneQueryOf(queryDigits), phoneDigits);
