import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from './parse-query';
import { scoreEntry } from './score-entry';
import { buildSearchEntries } from './search-entry';
import { searchPatients } from './search-patients';
import { fullName } from './test-names';

const entries = buildSearchEntries([
  {
    id: 'a',
    fullName: 'Hamisi Juma',
    phones: [{ number: '+255 754 123 456' }],
    hospitalNumber: 'KDH/2026/0042',
  },
  { id: 'b', fullName: 'Juma Hamisi Mrema' },
  { id: 'c', fullName: 'Mohammed Abdul-Rahman' },
  { id: 'd', fullName: 'Jumanne Kessy' },
  { id: 'e', fullName: 'Muhamadi Khamis' },
  { id: 'f', fullName: 'Juma Hamisi' },
  { id: 'g', fullName: 'Elisabeti Ng’wanza', phones: [{ number: '0655 000 111' }] },
]);
const ids = (text: string, limit?: number): string[] =>
  searchPatients(entries, text, limit).map((hit) => hit.id);

describe('searchPatients', () => {
  it('lists the best first, equal scores by name', () => {
    expect(ids('Juma Hamisi')).toEqual(['a', 'f', 'b']);
    expect(ids('juma')).toEqual(['a', 'f', 'b', 'd']);
  });

  it('finds spelling variants, typos and ids', () => {
    expect(ids('Mohamed')).toEqual(['e', 'c']);
    expect(ids('Elizabeth Ngwanza')).toEqual(['g']);
    expect(ids('abdulrahman')).toEqual(['c']);
    expect(ids('Jumane')).toEqual(['d']);
    expect(ids('0754 123 456')).toEqual(['a']);
    expect(ids('kdh/2026/0042')).toEqual(['a']);
  });

  it('returns at most limit hits, and nothing for nothing typed', () => {
    expect(ids('juma', 2)).toEqual(['a', 'f']);
    expect(ids('juma', 0)).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids(' - ')).toEqual([]);
    expect(ids('Zebedayo')).toEqual([]);
  });

  const patients = fc
    .array(fullName(), { minLength: 1, maxLength: 30 })
    .map((names) =>
      buildSearchEntries(names.map((name, i) => ({ id: `p${String(i).padStart(2, '0')}`, fullName: name }))),
    );

  it('finds every patient by its own name, with the best score', () => {
    fc.assert(
      fc.property(
        patients.chain((list) => fc.tuple(fc.constant(list), fc.nat(list.length - 1))),
        ([list, index]) => {
          const target = list[index];
          if (target === undefined || target.wordCount === 0) return;
          const hits = searchPatients(list, target.sortKey, list.length);
          const found = hits.find((hit) => hit.id === target.id);
          expect(found?.score).toBe(hits[0]?.score);
        },
      ),
    );
  });

  it('gives the first `limit` of all patients sorted by score, name and id', () => {
    fc.assert(
      fc.property(patients, fullName(), fc.integer({ min: 1, max: 10 }), (list, text, limit) => {
        const query = parseQuery(text);
        const all = list
          .map((entry) => ({ entry, score: scoreEntry(entry, query) }))
          .filter((hit) => hit.score > 0)
          .sort(
            (x, y) =>
              y.score - x.score ||
              (x.entry.sortKey < y.entry.sortKey ? -1 : x.entry.sortKey > y.entry.sortKey ? 1 : 0) ||
              (x.entry.id < y.entry.id ? -1 : 1),
          )
          .slice(0, limit)
          .map((hit) => ({ id: hit.entry.id, score: hit.score }));
        expect(searchPatients(list, text, limit)).toEqual(all);
      }),
    );
  });
});
