import { listMissingFields, type MissingFieldsOf, type ReviewRecord } from '@registry/domain';

/**
 * missingFields that keeps each record's list, by the record object: the review index hands out the
 * same entry until its chart changes, so a new filter lists only the records it has not seen.
 */
export function keptMissingFields(): MissingFieldsOf {
  const kept = new WeakMap<ReviewRecord, readonly string[]>();
  return (record) => {
    let fields = kept.get(record);
    if (fields === undefined) {
      fields = listMissingFields(record);
      kept.set(record, fields);
    }
    return fields;
  };
}
