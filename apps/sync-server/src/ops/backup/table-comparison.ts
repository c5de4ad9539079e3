import type { TableSum } from './row-hash';

export interface TableComparison {
  table: string;
  /** undefined: the table is not on that side. */
  expected: TableSum | undefined;
  actual: TableSum | undefined;
  same: boolean;
}

/**
 * Table by table, whether two sets of row counts and checksums agree. Tables in `ignore` are listed
 * but never make a difference (the generation a restore starts is meant to differ from the backup's).
 */
export function compareTables(
  expected: Record<string, TableSum>,
  actual: Record<string, TableSum>,
  ignore: readonly string[] = [],
): { tables: TableComparison[]; same: boolean } {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const tables = names.map((table) => {
    const a = expected[table];
    const b = actual[table];
    const same =
      ignore.includes(table) ||
      (a !== undefined && b !== undefined && a.rows === b.rows && a.checksum === b.checksum);
    return { table, expected: a, actual: b, same };
  });
  return { tables, same: tables.every((row) => row.same) };
}

/** The comparison as aligned lines for a terminal, headed by the names of the two sides. */
export function comparisonLines(
  comparison: { tables: TableComparison[] },
  headings: { expected: string; actual: string },
  ignore: readonly string[] = [],
): string[] {
  const width = Math.max(5, ...comparison.tables.map((row) => row.table.length));
  const rowsWidth = Math.max(
    headings.expected.length,
    headings.actual.length,
    ...comparison.tables.flatMap((row) =>
      [String(row.expected?.rows ?? ''), String(row.actual?.rows ?? '')].map((s) => s.length),
    ),
  );
  const cell = (sum: TableSum | undefined) =>
    (sum === undefined ? 'missing' : String(sum.rows)).padStart(rowsWidth);
  const verdict = (row: TableComparison) => {
    if (row.expected === undefined || row.actual === undefined) return 'MISSING';
    if (ignore.includes(row.table)) return 'not compared (a restore starts a new generation)';
    if (row.expected.rows !== row.actual.rows) return 'DIFFERENT ROW COUNT';
    return row.expected.checksum === row.actual.checksum ? 'same content' : 'DIFFERENT CONTENT';
  };
  return [
    `${'table'.padEnd(width)}  ${headings.expected.padStart(rowsWidth)}  ${headings.actual.padStart(rowsWidth)}  content`,
    ...comparison.tables.map(
      (row) => `${row.table.padEnd(width)}  ${cell(row.expected)}  ${cell(row.actual)}  ${verdict(row)}`,
    ),
  ];
}
