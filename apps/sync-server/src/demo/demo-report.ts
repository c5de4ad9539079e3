import { loginTable, signInSentence } from './demo-logins';
import type { DemoSeedSummary } from './seed-demo';

/** What was loaded and how to sign in, as lines for a console: printed by the CLI and at start. */
export function demoReport(summary: DemoSeedSummary, url: string): string[] {
  const { counts, users } = summary;
  const staff = users.admin + users.coordinator + users.surgeon;
  const password = summary.logins[0]?.password ?? '';
  return [
    signInSentence(summary.logins, url),
    `Every demo account has the password ${password}:`,
    ...loginTable(summary.logins),
    `Loaded ${summary.hospitals} hospitals, ${staff} users, ${counts.patients} patients, ${counts.surgeries} operations, ` +
      `${counts.discharges} discharges, ${counts.followUps} follow-ups and ${counts.logEntries} log entries ` +
      `(${counts.versions} versions, seed "${summary.seed}") in ${(summary.elapsedMs / 1000).toFixed(1)} s.`,
    `To look at: ${counts.pendingDischarge} pending discharges, ${counts.followUpOverdue} follow-ups overdue, ` +
      `${counts.incomplete} incomplete records, ${counts.inConflict} records in conflict, ` +
      `${summary.duplicatePairs - counts.merged} likely duplicate patients (${counts.merged} merged), ` +
      `${counts.deleted} deleted records to restore.`,
  ];
}
