import { DATA_SCHEMA_VERSION, type Entity, type Version } from './version';
import type { WriteContext } from './write-context';

/** The one place a version object is assembled, so every kind of write stamps the same fields. */
export function makeVersion<D>(
  ctx: WriteContext,
  fields: { entity: Entity; entityId: string; parents: string[]; data: D; deleted: boolean },
): Version<D> {
  return {
    versionId: ctx.newId(),
    entity: fields.entity,
    entityId: fields.entityId,
    parents: [...fields.parents].sort(),
    data: fields.data,
    deleted: fields.deleted,
    authorId: ctx.authorId,
    deviceId: ctx.deviceId,
    createdAt: ctx.now.toISOString(),
    schema: DATA_SCHEMA_VERSION,
  };
}
