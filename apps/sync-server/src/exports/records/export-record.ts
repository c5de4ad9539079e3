import type { Entity } from '@registry/domain';

/**
 * One record as the exports see it: its preferred head's data (SYNC.md) with the state the `records`
 * projection keeps, and the names a person reading the export needs beside the ids.
 */
export interface ExportRecord {
  entityId: string;
  entity: Entity;
  hospitalId: string;
  /** Null when the hospital id names no hospital (the schema has no foreign keys). */
  hospitalName: string | null;
  /** The patient an episode or log entry belongs to (the record itself for a patient). */
  patientId: string | null;
  /** That patient's full name, for episodes and log entries; null for patients or when unknown. */
  patientName: string | null;
  /** The preferred head's versionId. */
  versionId: string;
  data: Record<string, unknown>;
  /** How many heads the record has: more than one means two edits did not see each other. */
  headCount: number;
  inConflict: boolean;
  deleted: boolean;
  /**
   * When the record's first version was saved, by the device's clock as sent (ISO 8601): a patient's
   * registration, whose day the date filters compare.
   */
  firstCreatedAt: string;
  /** When the server received the record's first version. */
  firstReceivedAt: Date;
  /** When the server received the record's latest version. */
  lastChangedAt: Date;
}
