// The public face of matching: pure name, phone and id comparison for patient search and, later,
// the duplicate-patient scorer. No IO; everything is precomputed per patient or per query.
export { editDistance } from './edit-distance';
export { foldCode, foldName } from './fold-name';
export { nameSimilarity } from './name-similarity';
export { MAX_QUERY_WORDS, parseQuery, type SearchQuery } from './parse-query';
export { digitsOf, phoneMatches } from './phone-digits';
export { phoneticKey } from './phonetic-key';
export { MATCH_SCORES, scoreEntry } from './score-entry';
export {
  buildSearchEntries,
  buildSearchEntry,
  MAX_NAME_WORDS,
  type PatientForSearch,
  type SearchEntry,
  type SearchEntryCache,
} from './search-entry';
export { type SearchHit, searchPatients } from './search-patients';
