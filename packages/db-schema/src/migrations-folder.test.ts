import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { getTableConfig } from 'drizzle-orm/mysql-core';
import { describe, expect, it } from 'vitest';
import { migrationsFolder } from './migrations-folder';
import { seqCounter, versions } from './tables/versions';

describe('the migrations folder', () => {
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { tag: string }[];
  };

  it('is an absolute path with a SQL file for every journal entry', () => {
    expect(isAbsolute(migrationsFolder)).toBe(true);
    expect(journal.entries.length).toBeGreaterThanOrEqual(2);
    for (const { tag } of journal.entries)
      expect(existsSync(join(migrationsFolder, `${tag}.sql`))).toBe(true);
  });

  it('seeds the single seq_counter row', () => {
    const sql = journal.entries
      .map(({ tag }) => readFileSync(join(migrationsFolder, `${tag}.sql`), 'utf8'))
      .join('\n');
    expect(sql).toContain('INSERT INTO `seq_counter` (`id`, `value`) VALUES (1, 0);');
  });
});

describe('versions', () => {
  it('takes seq from the counter, not from auto-increment', () => {
    const { columns } = getTableConfig(versions);
    const seq = columns.find((column) => column.name === 'seq');
    expect(seq && 'autoIncrement' in seq ? seq.autoIncrement : false).toBe(false);
    expect(seq?.isUnique).toBe(true);
    expect(getTableConfig(seqCounter).columns.map((column) => column.name)).toEqual(['id', 'value']);
  });
});
