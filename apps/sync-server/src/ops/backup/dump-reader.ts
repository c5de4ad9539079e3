import { type TableSum, TableSummer } from './row-hash';

/** What a dump holds, read from its text alone. */
export interface DumpContents {
  /** Every table the dump creates, with its rows' count and checksum (row-hash.ts). */
  tables: Record<string, TableSum>;
  /** The rows of the tables named in `keepRowsOf`, values as text (null for NULL). */
  keptRows: Record<string, (string | null)[][]>;
}

/** A dump that cannot be read to its end, said in one sentence. */
export class DumpUnreadableError extends Error {
  override name = 'DumpUnreadableError';
}

const NL = 0x0a;
const QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN = 0x28;
const CLOSE = 0x29;
const COMMA = 0x2c;
const SEMICOLON = 0x3b;

/** What a backslash escape in a dump's string stands for (MySQL's rules); other letters stand for themselves. */
const ESCAPES: Record<number, number> = {
  48: 0x00, // \0
  98: 0x08, // \b
  110: 0x0a, // \n
  114: 0x0d, // \r
  116: 0x09, // \t
  90: 0x1a, // \Z
};

const isSpace = (byte: number) => byte === 0x20 || byte === NL || byte === 0x0d || byte === 0x09;

/** Only the start of a line is needed to know what it is; INSERT lines can be megabytes long. */
const LINE_PREFIX_LIMIT = 400;
const CREATE_TABLE = /^CREATE TABLE `((?:[^`]|``)+)` \($/;
const INSERT_START = /^INSERT INTO `((?:[^`]|``)+)` (\(|VALUES$)/;
// Only a whole line, newline included, counts: a dump cut inside its last line is cut short too.
const COMPLETED = /^-- Dump completed( on \d{4}-\d{2}-\d{2} +\d{1,2}:\d{2}:\d{2})?$/;

type State =
  | 'line' // reading a line outside INSERT statements
  | 'row' // between rows: expecting ( or ; (or , after a row)
  | 'value' // expecting a value
  | 'string'
  | 'escape'
  | 'quote' // a ' inside a string: the end, or the first of ''
  | 'bare' // NULL, a number, 0x…
  | 'after-value'; // expecting , or )

/**
 * Reads the text of a mariadb-dump / mysqldump dump as it streams by, counting and checksumming each
 * table's rows from its INSERT statements (extended inserts, one row per line or all on one line), and
 * noticing whether the dump reached its closing "-- Dump completed" line. Works on bytes: values are
 * hashed exactly as the dump spells them, whatever their encoding.
 */
export class DumpReader {
  private state: State = 'line';
  private line: number[] = [];
  private lineLength = 0;
  private table = '';
  private summer: TableSummer | undefined;
  private readonly summers = new Map<string, TableSummer>();
  private readonly kept = new Map<string, (string | null)[][]>();
  /** The row being read, in the canonical form row-hash.ts hashes. */
  private row = Buffer.allocUnsafe(4096);
  private rowLength = 0;
  /** The row's values as text, for the tables whose rows are kept. */
  private values: (string | null)[] = [];
  private keeping = false;
  private value = Buffer.allocUnsafe(1024);
  private valueLength = 0;
  private afterRow = false;
  private completed = false;
  /** Text seen after the closing line (a dump with something appended, or two dumps joined). */
  private trailing = false;
  private lineNumber = 1;

  constructor(
    private readonly options: {
      keepRowsOf?: readonly string[];
      /**
       * Told when the first row of a table comes by: the dump program is then reading that table
       * (a table without rows is not told).
       */
      onTableRows?: (table: string) => void;
    } = {},
  ) {}

  write(chunk: Buffer): void {
    let i = 0;
    const n = chunk.length;
    let nextQuote = -1;
    let nextSlash = -1;
    while (i < n) {
      const byte = chunk[i] as number;
      switch (this.state) {
        case 'line': {
          if (byte === NL) {
            this.endLine();
            this.lineNumber += 1;
            i += 1;
            break;
          }
          if (this.lineLength < LINE_PREFIX_LIMIT) this.line.push(byte);
          this.lineLength += 1;
          i += 1;
          // An INSERT's rows may follow on the same line: switch as soon as its start is known.
          if (byte === 0x53 /* S */ || byte === OPEN) this.maybeStartInsert();
          break;
        }
        case 'row': {
          i += 1;
          if (isSpace(byte)) {
            if (byte === NL) this.lineNumber += 1;
          } else if (byte === COMMA && this.afterRow) this.afterRow = false;
          else if (byte === OPEN && !this.afterRow) {
            this.values = [];
            this.rowLength = 0;
            this.state = 'value';
          } else if (byte === SEMICOLON && this.afterRow) {
            this.state = 'line';
            this.line = [];
            this.lineLength = 1; // the rest of this line is not the start of a statement
          } else this.fail(`an INSERT for table \`${this.table}\` is malformed`);
          break;
        }
        case 'value': {
          if (isSpace(byte)) {
            i += 1;
          } else if (byte === QUOTE) {
            this.valueLength = 0;
            this.state = 'string';
            i += 1;
          } else {
            this.valueLength = 0;
            this.state = 'bare';
          }
          break;
        }
        case 'string': {
          // Copy the run up to the next quote or backslash in one go, found by the native search
          // (each remembered until passed, so a long chunk is not searched again and again).
          if (nextQuote < i) nextQuote = chunk.indexOf(QUOTE, i);
          if (nextQuote === -1) nextQuote = n;
          if (nextSlash < i) nextSlash = chunk.indexOf(BACKSLASH, i);
          if (nextSlash === -1) nextSlash = n;
          const end = Math.min(nextQuote, nextSlash);
          if (end > i) this.append(chunk, i, end);
          i = end;
          if (i < n) {
            this.state = chunk[i] === QUOTE ? 'quote' : 'escape';
            i += 1;
          }
          break;
        }
        case 'escape': {
          this.appendByte(ESCAPES[byte] ?? byte);
          this.state = 'string';
          i += 1;
          break;
        }
        case 'quote': {
          if (byte === QUOTE) {
            this.appendByte(QUOTE);
            this.state = 'string';
            i += 1;
          } else {
            this.endValue(this.value.subarray(0, this.valueLength));
            this.state = 'after-value';
          }
          break;
        }
        case 'bare': {
          let end = i;
          while (end < n) {
            const b = chunk[end] as number;
            if (b === COMMA || b === CLOSE || isSpace(b)) break;
            end += 1;
          }
          if (end > i) this.append(chunk, i, end);
          i = end;
          if (i < n) {
            this.endValue(this.bareValue());
            this.state = 'after-value';
          }
          break;
        }
        case 'after-value': {
          i += 1;
          if (isSpace(byte)) {
            if (byte === NL) this.lineNumber += 1;
          } else if (byte === COMMA) this.state = 'value';
          else if (byte === CLOSE) {
            this.endRow();
            this.afterRow = true;
            this.state = 'row';
          } else this.fail(`a row of table \`${this.table}\` is malformed`);
          break;
        }
      }
    }
  }

  /** The dump's contents; throws a DumpUnreadableError when it stops short of its end. */
  end(): DumpContents {
    if (this.state !== 'line') {
      throw new DumpUnreadableError(
        `The dump ends in the middle of the rows of table \`${this.table}\`: it was cut short.`,
      );
    }
    if (this.lineLength > 0) this.endLine(false);
    if (!this.completed) {
      throw new DumpUnreadableError(
        'The dump does not end with the "-- Dump completed" line that mariadb-dump writes last: it was cut short.',
      );
    }
    if (this.trailing) {
      throw new DumpUnreadableError(
        'The dump goes on after its "-- Dump completed" line: something was added to it.',
      );
    }
    const tables: Record<string, TableSum> = {};
    for (const [name, summer] of [...this.summers].sort(([a], [b]) => (a < b ? -1 : 1))) {
      tables[name] = summer.result();
    }
    return { tables, keptRows: Object.fromEntries(this.kept) };
  }

  private endLine(whole = true): void {
    const text = Buffer.from(this.line).toString('utf8');
    this.line = [];
    this.lineLength = 0;
    if (this.completed) {
      if (text.trim() !== '') this.trailing = true;
      return;
    }
    const created = CREATE_TABLE.exec(text);
    if (created) {
      const name = unquote(created[1] as string);
      if (this.summers.has(name)) this.fail(`table \`${name}\` is created twice`);
      this.summers.set(name, new TableSummer());
    } else if (whole && COMPLETED.test(text)) {
      this.completed = true;
    } else if (text.startsWith('INSERT INTO ')) {
      this.fail('an INSERT statement is not one this reader knows');
    }
  }

  private maybeStartInsert(): void {
    if (this.completed || this.line[0] !== 0x49 /* I */ || this.lineLength > LINE_PREFIX_LIMIT) return;
    const match = INSERT_START.exec(Buffer.from(this.line).toString('utf8'));
    if (!match) return;
    if (match[2] === '(') {
      this.fail('its INSERT statements list their columns, which this reader does not follow');
    }
    const name = unquote(match[1] as string);
    const summer = this.summers.get(name);
    if (!summer) this.fail(`it has rows for table \`${name}\` before creating it`);
    this.table = name;
    this.summer = summer;
    this.keeping = this.options.keepRowsOf?.includes(name) ?? false;
    this.afterRow = false;
    this.state = 'row';
    if (summer.rows === 0) this.options.onTableRows?.(name);
  }

  /** Adds a value to the row: `~` for NULL, else `<length>:<bytes>` (row-hash.ts). */
  private endValue(value: Buffer | null): void {
    if (this.keeping) this.values.push(value === null ? null : value.toString('utf8'));
    if (value === null) {
      this.rowReserve(1);
      this.row[this.rowLength] = 0x7e;
      this.rowLength += 1;
      return;
    }
    const prefix = `${value.length}:`;
    this.rowReserve(prefix.length + value.length);
    this.rowLength += this.row.write(prefix, this.rowLength, 'latin1');
    this.rowLength += value.copy(this.row, this.rowLength);
  }

  private rowReserve(extra: number): void {
    if (this.rowLength + extra <= this.row.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.row.length * 2, this.rowLength + extra));
    this.row.copy(grown, 0, 0, this.rowLength);
    this.row = grown;
  }

  private endRow(): void {
    this.summer?.addCanonicalRow(this.row.subarray(0, this.rowLength));
    if (this.keeping) {
      const rows = this.kept.get(this.table) ?? [];
      rows.push(this.values);
      this.kept.set(this.table, rows);
    }
  }

  private bareValue(): Buffer | null {
    const text = this.value.subarray(0, this.valueLength).toString('latin1');
    if (text === 'NULL') return null;
    if (/^0x[0-9A-Fa-f]*$/.test(text)) return Buffer.from(text.slice(2), 'hex');
    if (!/^[-+0-9.eE]+$/.test(text))
      this.fail(`a value of table \`${this.table}\` is not one this reader knows`);
    return Buffer.from(text, 'latin1');
  }

  private append(chunk: Buffer, start: number, end: number): void {
    this.reserve(end - start);
    chunk.copy(this.value, this.valueLength, start, end);
    this.valueLength += end - start;
  }

  private appendByte(byte: number): void {
    this.reserve(1);
    this.value[this.valueLength] = byte;
    this.valueLength += 1;
  }

  private reserve(extra: number): void {
    if (this.valueLength + extra <= this.value.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.value.length * 2, this.valueLength + extra));
    this.value.copy(grown, 0, 0, this.valueLength);
    this.value = grown;
  }

  private fail(what: string): never {
    throw new DumpUnreadableError(`The dump cannot be read near line ${this.lineNumber}: ${what}.`);
  }
}

const unquote = (name: string) => name.replaceAll('``', '`');
