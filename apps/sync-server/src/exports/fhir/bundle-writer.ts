import type { Bundle, BundleEntry } from './fhir-types';

/** Text is handed on in pieces of about this size: fewer, larger writes than one per resource. */
const PIECE_SIZE = 64 * 1024;

export interface BundleMeta {
  id: string;
  /** When the Bundle was assembled (a FHIR instant). */
  timestamp: string;
}

/**
 * A `collection` Bundle as JSON text, in pieces, while its entries are still being produced. FHIR's
 * JSON forbids empty arrays, so a Bundle with no entries has no `entry` at all.
 */
export async function* bundleText(
  meta: BundleMeta,
  entries: AsyncIterable<BundleEntry>,
): AsyncGenerator<string> {
  const head: Omit<Bundle, 'entry'> = {
    resourceType: 'Bundle',
    id: meta.id,
    type: 'collection',
    timestamp: meta.timestamp,
  };
  let piece = JSON.stringify(head).slice(0, -1);
  let count = 0;
  for await (const entry of entries) {
    piece += (count === 0 ? ',"entry":[' : ',') + JSON.stringify(entry);
    count += 1;
    if (piece.length >= PIECE_SIZE) {
      yield piece;
      piece = '';
    }
  }
  yield `${piece}${count > 0 ? ']' : ''}}`;
}
