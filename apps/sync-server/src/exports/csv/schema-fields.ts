import type { z } from 'zod';

/**
 * The field names of a record schema, in the order the schema declares them, read from the schema
 * itself so that a field added to the domain becomes a CSV column without touching the exports.
 * Sees through preprocess pipes and unions (episode types, log entry kinds); the union's fields are
 * merged, each named once, at its first appearance.
 */
export function schemaFieldNames(schema: z.ZodType): string[] {
  const names = new Set<string>();
  collect(schema._zod.def as SchemaDef, names);
  return [...names];
}

interface SchemaDef {
  type: string;
  in?: { _zod: { def: unknown } };
  out?: { _zod: { def: unknown } };
  options?: { _zod: { def: unknown } }[];
  shape?: Record<string, unknown>;
}

function collect(def: SchemaDef, names: Set<string>): void {
  switch (def.type) {
    case 'object':
      for (const key of Object.keys(def.shape ?? {})) names.add(key);
      return;
    case 'pipe':
      // A preprocess is pipe(transform, schema): the fields are those of what comes out.
      if (def.out) collect(def.out._zod.def as SchemaDef, names);
      return;
    case 'union':
      for (const option of def.options ?? []) collect(option._zod.def as SchemaDef, names);
      return;
    default:
      throw new Error(`Cannot list the fields of a ${def.type} schema.`);
  }
}
