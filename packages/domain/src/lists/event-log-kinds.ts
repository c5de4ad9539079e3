export const EVENT_LOG_KINDS = ['note', 'vitals', 'medication', 'complication'] as const;
export type EventLogKind = (typeof EVENT_LOG_KINDS)[number];
