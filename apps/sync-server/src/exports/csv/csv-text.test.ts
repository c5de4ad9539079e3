import { RECORD_DATA_SCHEMAS } from '@registry/domain';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportRecord } from '../records/export-record';
import { csvHeaderLine, csvRowLines, UTF8_BOM } from './csv-text';
import { csvColumns } from './record-columns';
import { schemaFieldNames } from './schema-fields';

const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';

function patientRecord(n: number, data: Record<string, unknown>): ExportRecord {
  const id = `0192f4c0-0000-7000-8000-${String(100 + n).padStart(12, '0')}`;
  return {
    entityId: id,
    entity: 'patient',
    hospitalId: HOSPITAL,
    hospitalName: 'Hospitali ya Wilaya, "Kibaha"',
    patientId: id,
    patientName: null,
    versionId: id.replace('0192f4c0', '0192f4c1'),
    data: { registeredHospitalId: HOSPITAL, ...data },
    headCount: 1,
    inConflict: false,
    deleted: false,
    firstCreatedAt: '2026-11-01T07:59:00.000Z',
    firstReceivedAt: new Date('2026-11-01T08:00:00.000Z'),
    lastChangedAt: new Date('2026-11-02T08:00:00.000Z'),
  };
}

function parse(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('CSV of records', () => {
  it('has a column for every field of every record type, read from the domain schemas', () => {
    for (const entity of ['patient', 'episode', 'eventLog'] as const) {
      const headers = csvColumns(entity).map((c) => c.header);
      for (const field of schemaFieldNames(RECORD_DATA_SCHEMAS[entity])) {
        if (field === 'phones') expect(headers).toEqual(expect.arrayContaining(['phone1', 'phone2Comment']));
        else expect(headers).toContain(field);
      }
      expect(new Set(headers).size).toBe(headers.length);
    }
    expect(csvColumns('episode').map((c) => c.header)).toEqual(
      expect.arrayContaining(['herniaSite', 'antibioticsIvDays', 'recurrenceComment', 'surgeryEpisodeId']),
    );
  });

  it('round-trips names with commas, quotes, line breaks and letters beyond ASCII', () => {
    const names = [
      'Juma, Amina',
      'Said "Mzee" Omari',
      'Line one\nline two',
      'Crlf\r\ninside',
      'Zuhura Ñyamwezi-Kösé',
      'عائشة بنت محمد',
      '  spaced  ',
    ];
    const records = names.map((fullName, i) =>
      patientRecord(i, {
        fullName,
        phones: [{ number: '+255 712 345 678', comment: 'mobile, evenings' }, { number: '0754-000 111' }],
        notes: `${fullName}; also "quoted"`,
      }),
    );
    const columns = csvColumns('patient');
    const text =
      UTF8_BOM +
      csvHeaderLine(columns) +
      csvRowLines(columns, records.slice(0, 3)) +
      csvRowLines(columns, records.slice(3));
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    // One line per record after the header: no blank line that a spreadsheet would show as a row.
    expect(text.split('\r\n').filter((line) => line === '')).toEqual(['']);
    const rows = parse(text.slice(1));
    expect(rows.map((r) => r.fullName)).toEqual(names);
    expect(rows.map((r) => r.notes)).toEqual(names.map((n) => `${n}; also "quoted"`));
    expect(rows[0]).toMatchObject({
      hospital: 'Hospitali ya Wilaya, "Kibaha"',
      phone1: '+255 712 345 678',
      phone1Comment: 'mobile, evenings',
      phone2: '0754-000 111',
      phone2Comment: '',
      inConflict: 'no',
      conflictHeads: '0',
      deleted: 'no',
      lastChangedAt: '2026-11-02T08:00:00.000Z',
    });
  });

  it('neutralises cells a spreadsheet would run as formulas, but not phone numbers', () => {
    const columns = csvColumns('patient');
    const records = [
      patientRecord(1, {
        fullName: '=HYPERLINK("http://x","click")',
        address: '-2+3+cmd|calc',
        nationalId: '@SUM(A1)',
      }),
      patientRecord(2, { fullName: 'Ok', phones: [{ number: '+255 712 345 678' }, { number: '-' }] }),
    ];
    const [evil, fine] = parse(csvHeaderLine(columns) + csvRowLines(columns, records));
    expect(evil).toMatchObject({
      fullName: `'=HYPERLINK("http://x","click")`,
      address: `'-2+3+cmd|calc`,
      nationalId: `'@SUM(A1)`,
    });
    expect(fine).toMatchObject({ phone1: '+255 712 345 678', phone2: '-' });
  });

  it('writes lists as codes in one cell and complications readably', () => {
    const episode: ExportRecord = {
      ...patientRecord(1, {}),
      entity: 'episode',
      patientName: 'Amina Juma',
      inConflict: true,
      headCount: 3,
      data: {
        type: 'surgery',
        patientId: HOSPITAL,
        hospitalId: HOSPITAL,
        antibioticTimings: ['ivBeforeSurgery', 'oral24h'],
        complications: [
          { code: 'bleeding', date: '2026-11-20', text: 'oozing, redressed' },
          { code: 'haematoma' },
        ],
        previousRepairCount: 2,
      },
    };
    const columns = csvColumns('episode');
    const [row] = parse(csvHeaderLine(columns) + csvRowLines(columns, [episode]));
    expect(row).toMatchObject({
      patientName: 'Amina Juma',
      type: 'surgery',
      antibioticTimings: 'ivBeforeSurgery; oral24h',
      complications: 'bleeding 2026-11-20: oozing, redressed; haematoma',
      previousRepairCount: '2',
      inConflict: 'yes',
      conflictHeads: '3',
    });
  });
});
