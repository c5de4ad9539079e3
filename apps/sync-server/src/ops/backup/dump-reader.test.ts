import { describe, expect, it } from 'vitest';
import { DumpReader, DumpUnreadableError } from './dump-reader';
import { TableSummer } from './row-hash';

// Written the way mariadb-dump writes them: MariaDB puts each row on a line of its own, MySQL's
// mysqldump the whole INSERT on one line. Both must read the same.
const HEAD = `/*M!999999\\- enable the sandbox mode */ 
-- MariaDB dump 10.19  Distrib 10.11.19-MariaDB

DROP TABLE IF EXISTS \`notes\`;
CREATE TABLE \`notes\` (
  \`id\` int(11) NOT NULL,
  \`text\` varchar(50) DEFAULT 'a;b' COMMENT 'INSERT INTO \`x\` VALUES',
  \`blob\` varbinary(10) DEFAULT NULL,
  PRIMARY KEY (\`id\`)
) ENGINE=InnoDB;

LOCK TABLES \`notes\` WRITE;
`;
const EMPTY_TABLE = `CREATE TABLE \`empty\` (
  \`id\` int(11) NOT NULL
) ENGINE=InnoDB;
`;
const TAIL = `UNLOCK TABLES;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-11-29 22:16:44
`;
const MARIADB_ROWS = `INSERT INTO \`notes\` VALUES
(1,'it\\'s a \\\\ and a\\nline','x'),
(2,NULL,0x00FF),
(-3,'Ama ''Ama'' \\0\\Z\\r\\t\\"',''),
(4,'Žž 🙂',NULL);
`;
const MYSQL_ROWS = `INSERT INTO \`notes\` VALUES (1,'it\\'s a \\\\ and a\\nline','x'),(2,NULL,0x00FF);
INSERT INTO \`notes\` VALUES (-3,'Ama ''Ama'' \\0\\Z\\r\\t\\"',''),(4,'Žž 🙂',NULL);
`;

function expectedNotes() {
  const summer = new TableSummer();
  const text = (s: string) => Buffer.from(s, 'utf8');
  summer.addRow([text('1'), text("it's a \\ and a\nline"), text('x')]);
  summer.addRow([text('2'), null, Buffer.from([0x00, 0xff])]);
  summer.addRow([text('-3'), text(`Ama 'Ama' \0\x1a\r\t"`), text('')]);
  summer.addRow([text('4'), text('Žž 🙂'), null]);
  return summer.result();
}

function read(text: string | Buffer, chunkSize = Number.POSITIVE_INFINITY) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const reader = new DumpReader({ keepRowsOf: ['notes'] });
  const step = Math.min(chunkSize, bytes.length);
  for (let i = 0; i < bytes.length; i += step) reader.write(bytes.subarray(i, i + step));
  return reader.end();
}

describe('reading a dump', () => {
  it('counts and checksums rows as their values are, whatever the escapes', () => {
    const contents = read(HEAD + MARIADB_ROWS + EMPTY_TABLE + TAIL);
    expect(contents.tables).toEqual({
      empty: { rows: 0, checksum: '0000000000000000' },
      notes: expectedNotes(),
    });
    expect(contents.keptRows.notes?.[2]).toEqual(['-3', `Ama 'Ama' \0\x1a\r\t"`, '']);
  });

  it("reads MySQL's one-line INSERTs as MariaDB's one row per line", () => {
    expect(read(HEAD + MYSQL_ROWS + EMPTY_TABLE + TAIL).tables).toEqual(
      read(HEAD + MARIADB_ROWS + EMPTY_TABLE + TAIL).tables,
    );
  });

  it('reads the same however the text is split into chunks', () => {
    const whole = read(HEAD + MARIADB_ROWS + TAIL).tables;
    for (const size of [1, 2, 3, 5, 8, 13])
      expect(read(HEAD + MARIADB_ROWS + TAIL, size).tables).toEqual(whole);
  });

  it('gives a different checksum when one byte of one value differs, and the same for rows in another order', () => {
    const changed = MARIADB_ROWS.replace("'x'", "'y'");
    expect(read(HEAD + changed + TAIL).tables.notes?.checksum).not.toBe(expectedNotes().checksum);
    const reordered = `INSERT INTO \`notes\` VALUES
(4,'Žž 🙂',NULL),
(2,NULL,0x00FF),
(-3,'Ama ''Ama'' \\0\\Z\\r\\t\\"',''),
(1,'it\\'s a \\\\ and a\\nline','x');
`;
    expect(read(HEAD + reordered + TAIL).tables.notes).toEqual(expectedNotes());
  });

  it('refuses a dump cut short anywhere, saying so', () => {
    const whole = Buffer.from(HEAD + MARIADB_ROWS + EMPTY_TABLE + TAIL, 'utf8');
    for (let end = 0; end < whole.length; end += 1) {
      expect(() => read(whole.subarray(0, end)), `cut at byte ${end}`).toThrow(DumpUnreadableError);
    }
    expect(() => read(HEAD + MARIADB_ROWS.slice(0, 60))).toThrow(
      /ends in the middle of the rows of table `notes`/,
    );
    expect(() => read(HEAD + MARIADB_ROWS)).toThrow(/does not end with the "-- Dump completed" line/);
  });

  it('refuses a dump with text after its closing line, or rows it cannot read', () => {
    expect(() => read(`${HEAD}${MARIADB_ROWS}${TAIL}INSERT INTO \`notes\` VALUES (5,'x',NULL);\n`)).toThrow(
      /goes on after its "-- Dump completed" line/,
    );
    expect(() => read(`${HEAD}INSERT INTO \`notes\` VALUES (1,'a',NULL) (2,'b',NULL);\n${TAIL}`)).toThrow(
      /near line 13: an INSERT for table `notes` is malformed/,
    );
    expect(() => read(`${HEAD}INSERT INTO \`other\` VALUES (1);\n${TAIL}`)).toThrow(
      /rows for table `other` before creating it/,
    );
    expect(() => read(`${HEAD}INSERT INTO \`notes\` (\`id\`) VALUES (1);\n${TAIL}`)).toThrow(
      /list their columns/,
    );
  });
});
