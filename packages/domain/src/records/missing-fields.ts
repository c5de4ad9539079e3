import type { Entity } from '../versions/version';
import { isPlainObject, normalizeRecordInput } from './normalize-input';
import { REPORT_FIELDS, type ReportField } from './report-fields';

type Values = Readonly<Record<string, unknown>>;

/**
 * The fields the reports need from this record, given its answers so far (a brand only for a
 * commercial mesh, the previous repair only when recurrent…), with list items expanded
 * (`complications.0.text`). Works on any data, valid or not, so a draft can show it too.
 */
export function reportFieldsFor(entity: Entity, data: unknown): string[] {
  return fieldsOf(entity, normalizedValues(data));
}

/** Of the fields the reports need, those this record does not have yet; blank counts as missing. */
export function missingFields(entity: Entity, data: unknown): string[] {
  const values = normalizedValues(data);
  return fieldsOf(entity, values).filter((path) => valueAt(values, path) === undefined);
}

function fieldsOf(entity: Entity, values: Values): string[] {
  return requirementsFor(entity, values).flatMap((requirement) => expand(requirement, values));
}

function requirementsFor(entity: Entity, values: Values): readonly ReportField[] {
  switch (entity) {
    case 'patient':
      return REPORT_FIELDS.patient;
    case 'episode':
      return [...REPORT_FIELDS.episode.common, ...pick(REPORT_FIELDS.episode.byType, values.type)];
    case 'eventLog':
      return [...REPORT_FIELDS.eventLog.common, ...pick(REPORT_FIELDS.eventLog.byKind, values.kind)];
  }
}

function pick(byTag: Readonly<Record<string, readonly ReportField[]>>, tag: unknown): readonly ReportField[] {
  return typeof tag === 'string' && Object.hasOwn(byTag, tag) ? (byTag[tag] ?? []) : [];
}

function expand({ field, when }: ReportField, values: Values): string[] {
  const [list, item] = field.split('.*.');
  if (list === undefined || item === undefined) return !when || when(values) ? [field] : [];
  const items = values[list];
  if (!Array.isArray(items)) return [];
  return items.flatMap((entry, index) =>
    isPlainObject(entry) && (!when || when(entry)) ? [`${list}.${index}.${item}`] : [],
  );
}

function valueAt(values: Values, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (!isPlainObject(current) && !Array.isArray(current)) return undefined;
    current = (current as Values)[key];
  }
  return current;
}

function normalizedValues(data: unknown): Values {
  const normalized = normalizeRecordInput(data);
  return isPlainObject(normalized) ? normalized : {};
}
