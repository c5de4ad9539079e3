import { type Entity, MAX_PHONES, RECORD_DATA_SCHEMAS } from '@registry/domain';
import type { ExportRecord } from '../records/export-record';
import { complicationsCell, dataCell, listCell, phoneCells } from './cells';
import { schemaFieldNames } from './schema-fields';

export type CsvCell = string | number;

export interface CsvColumn {
  header: string;
  value: (record: ExportRecord) => CsvCell;
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** Columns that lead every export: which record, and the names a person needs beside the ids. */
function leadingColumns(entity: Entity): CsvColumn[] {
  const columns: CsvColumn[] = [
    { header: 'recordId', value: (r) => r.entityId },
    { header: 'hospital', value: (r) => r.hospitalName ?? '' },
  ];
  if (entity !== 'patient') columns.push({ header: 'patientName', value: (r) => r.patientName ?? '' });
  return columns;
}

/** Columns that close every export: the record's state in the registry, not its clinical content. */
const STATE_COLUMNS: CsvColumn[] = [
  { header: 'inConflict', value: (r) => yesNo(r.inConflict) },
  // The number of heads competing when in conflict; 0 when the record has one head.
  { header: 'conflictHeads', value: (r) => (r.inConflict ? r.headCount : 0) },
  { header: 'deleted', value: (r) => yesNo(r.deleted) },
  // The device's clock as sent: a patient's registration, whose day the date filters compare.
  { header: 'firstCreatedAt', value: (r) => r.firstCreatedAt },
  { header: 'firstReceivedAt', value: (r) => r.firstReceivedAt.toISOString() },
  { header: 'lastChangedAt', value: (r) => r.lastChangedAt.toISOString() },
  { header: 'versionId', value: (r) => r.versionId },
];

/** One or more columns per data field: lists of several parts are spread so each part can be sorted on. */
function fieldColumns(field: string): CsvColumn[] {
  if (field === 'phones') {
    return Array.from({ length: MAX_PHONES }, (_, i) => [
      { header: `phone${i + 1}`, value: (r: ExportRecord) => phoneCells(r.data.phones, i).number },
      { header: `phone${i + 1}Comment`, value: (r: ExportRecord) => phoneCells(r.data.phones, i).comment },
    ]).flat();
  }
  if (field === 'complications') {
    return [{ header: field, value: (r) => complicationsCell(r.data.complications) }];
  }
  return [
    {
      header: field,
      value: (r) => (Array.isArray(r.data[field]) ? listCell(r.data[field]) : dataCell(r.data[field])),
    },
  ];
}

/** Every column of one record type's CSV, from the domain schema of its data. */
export function csvColumns(entity: Entity): CsvColumn[] {
  const fields = schemaFieldNames(RECORD_DATA_SCHEMAS[entity]);
  return [...leadingColumns(entity), ...fields.flatMap(fieldColumns), ...STATE_COLUMNS];
}
