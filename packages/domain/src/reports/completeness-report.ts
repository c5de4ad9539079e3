import { missingFields } from '../records/missing-fields';
import type { ReviewRecord } from '../review/review-record';
import { episodeTypeOf } from '../review/review-record';
import { NOT_RECORDED, type Share } from './shares';
import { getOrAdd, orderKeys } from './tally';

/** The kinds of record completeness is reported for: patients, and episodes by type. */
export const RECORD_KINDS = ['patient', 'surgery', 'discharge', 'followUp'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export type SharesByKind = Record<RecordKind, Share>;

/** A field the reports need, and how many records of a kind lack it. */
export interface MissingField {
  kind: RecordKind;
  /** The field as REPORT_FIELDS names it: a list's items as `complications.*.text`. */
  field: string;
  /** Records of the kind missing it, of all records of the kind. */
  missing: Share;
}

/**
 * Complete records (none of the fields the reports need is missing, see missingFields) of all
 * records, by kind, and by kind within each hospital (an episode's hospital, a patient's registering
 * hospital); and the fields most often missing.
 */
export interface CompletenessReport {
  all: Share;
  byKind: SharesByKind;
  byHospital: { hospitalId: string; byKind: SharesByKind; all: Share }[];
  /** Every field missing from at least one record, most often missing first. */
  mostMissing: MissingField[];
}

const emptyShares = (): SharesByKind => ({
  patient: { count: 0, of: 0 },
  surgery: { count: 0, of: 0 },
  discharge: { count: 0, of: 0 },
  followUp: { count: 0, of: 0 },
});

/** The index of a list item in a path (`complications.0.text`); not global, so that `test` keeps no state. */
const LIST_INDEX = /\.\d+(?=\.|$)/;
const LIST_INDICES = new RegExp(LIST_INDEX.source, 'g');

/**
 * The fields of a record's missing paths, a list's items as one field: "complication text" missing
 * twice in one record counts once.
 */
function fieldsOf(paths: readonly string[]): Iterable<string> {
  if (!paths.some((path) => LIST_INDEX.test(path))) return paths;
  return new Set(paths.map((path) => path.replace(LIST_INDICES, '.*')));
}

/** The fields the reports need that a record lacks (missingFields); a caller may keep them once worked out. */
export type MissingFieldsOf = (record: ReviewRecord) => readonly string[];

export const listMissingFields: MissingFieldsOf = (record) => missingFields(record.entity, record.data);

export function completenessReport(
  records: Iterable<ReviewRecord>,
  compareHospitals: (a: string, b: string) => number,
  missingFieldsOf: MissingFieldsOf = listMissingFields,
): CompletenessReport {
  const byKind = emptyShares();
  const hospitals = new Map<string, SharesByKind>();
  const missing: Record<RecordKind, Map<string, MissingField>> = {
    patient: new Map(),
    surgery: new Map(),
    discharge: new Map(),
    followUp: new Map(),
  };
  for (const record of records) {
    if (record.deleted) continue;
    const kind = record.entity === 'patient' ? 'patient' : episodeTypeOf(record);
    if (!kind) continue; // an episode of no known type is not a record any report reads
    const hospital = record.hospitalId ?? NOT_RECORDED;
    const shares = getOrAdd(hospitals, hospital, emptyShares);
    // The device counted already; listing the fields is only needed for incomplete records.
    const lacking = record.missingCount === 0 ? [] : missingFieldsOf(record);
    const complete = lacking.length === 0 ? 1 : 0;
    byKind[kind].of++;
    byKind[kind].count += complete;
    shares[kind].of++;
    shares[kind].count += complete;
    for (const field of fieldsOf(lacking)) {
      getOrAdd(missing[kind], field, () => ({ kind, field, missing: { count: 0, of: 0 } })).missing.count++;
    }
  }
  const listed = RECORD_KINDS.flatMap((kind) => [...missing[kind].values()]);
  for (const entry of listed) entry.missing.of = byKind[entry.kind].of;
  return {
    all: total(byKind),
    byKind,
    byHospital: orderKeys(hospitals.keys(), compareHospitals).map((hospitalId) => {
      const shares = hospitals.get(hospitalId) ?? emptyShares();
      return { hospitalId, byKind: shares, all: total(shares) };
    }),
    mostMissing: listed.sort(
      (a, b) =>
        b.missing.count - a.missing.count ||
        RECORD_KINDS.indexOf(a.kind) - RECORD_KINDS.indexOf(b.kind) ||
        (a.field < b.field ? -1 : a.field > b.field ? 1 : 0),
    ),
  };
}

function total(shares: SharesByKind): Share {
  let count = 0;
  let of = 0;
  for (const kind of RECORD_KINDS) {
    count += shares[kind].count;
    of += shares[kind].of;
  }
  return { count, of };
}
