import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { parseQuery } from './parse-query';
import { phoneticKey } from './phonetic-key';
import { MATCH_SCORES, scoreEntry } from './score-entry';
import { buildSearchEntry, type SearchEntry } from './search-entry';
import { fullName, nameWord, queryWordFrom } from './test-names';

const entry = (name: string, more: Partial<Parameters<typeof buildSearchEntry>[0]> = {}): SearchEntry =>
  buildSearchEntry({ id: name, fullName: name, ...more });
const score = (name: string, query: string): number => scoreEntry(entry(name), parseQuery(query));

/** The matching rules restated plainly, without bit sets or memo, for one query word and one token. */
const wordMatchesToken = (word: string, candidate: SearchEntry, t: number): boolean => {
  const token = candidate.tokens[t] ?? '';
  const joined = t >= candidate.wordCount;
  const firstLength = joined ? (candidate.tokens[t - candidate.wordCount]?.length ?? 0) : 0;
  if (word === token) return true;
  if (word.length === 1 || token.length === 1) return !joined && word[0] === token[0];
  const wordKey = phoneticKey(word);
  const tokenKey = candidate.keys[t] ?? '';
  if (wordKey === tokenKey && wordKey !== '') return true;
  if (word.length > firstLength && token.startsWith(word)) return true;
  if (!joined && word.length >= 4 && wordKey.length >= 2 && tokenKey.startsWith(wordKey)) return true;
  const typos = word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
  return typos > 0 && token[0] === word[0] && editDistance(word, token, typos) <= typos;
};

/** Whether each query word can have its own token, no two tokens sharing a word of the name. */
const assignable = (words: readonly string[], candidate: SearchEntry, used = 0): boolean => {
  const [word, ...rest] = words;
  if (word === undefined) return true;
  return candidate.tokens.some((_, t) => {
    const covers = candidate.covers[t] ?? 0;
    return (
      (covers & used) === 0 &&
      wordMatchesToken(word, candidate, t) &&
      assignable(rest, candidate, used | covers)
    );
  });
};

describe('scoreEntry on names', () => {
  it('ranks exact above phonetic above prefix above typo above initial', () => {
    const exact = score('Hamisi', 'hamisi');
    const phonetic = score('Khamis', 'hamisi');
    const prefix = score('Hamisina', 'hamisi');
    const typo = score('Hamiri', 'hamisi');
    const initial = score('H', 'hamisi');
    expect([exact, phonetic, prefix, typo, initial].every((value) => value > 0)).toBe(true);
    expect(exact).toBeGreaterThan(phonetic);
    expect(phonetic).toBeGreaterThan(prefix);
    expect(prefix).toBeGreaterThan(typo);
    expect(typo).toBeGreaterThan(initial);
  });

  it('finds spelling variants of the same name', () => {
    for (const [stored, typed] of [
      ['Mohamed Juma', 'Muhammad Jumaa'],
      ['Khamis Said', 'Hamisi Saidi'],
      ['Elizabeth Kimaro', 'Elisabeti Kimaro'],
      ['Christopher Massawe', 'Kristofa Masawe'],
    ] as const) {
      expect(score(stored, typed)).toBeGreaterThan(0);
    }
  });

  it('matches words in any order, and needs every query word', () => {
    expect(score('Hamisi Juma', 'Juma Hamisi')).toBe(score('Hamisi Juma', 'Hamisi Juma'));
    expect(score('Hamisi Juma', 'Juma Hamisi Mrema')).toBe(0);
    expect(score('Juma Hamisi', 'Juma Juma')).toBe(0);
    expect(score('Juma Juma', 'Juma Juma')).toBeGreaterThan(0);
  });

  it('takes an initial for any word starting with it, and a name’s initial for a word', () => {
    expect(score('Juma Hamisi', 'J. Hamisi')).toBe(
      MATCH_SCORES.initial + MATCH_SCORES.exact + MATCH_SCORES.wholeName,
    );
    expect(score('Juma Hamisi', 'K. Hamisi')).toBe(0);
    expect(score('J. Hamisi', 'Juma Hamisi')).toBeGreaterThan(0);
  });

  it('forgives one typo from 4 letters and two from 8, keeping the first letter', () => {
    expect(score('Hamisi', 'hamsi')).toBeGreaterThan(0);
    expect(score('Mwakyusa', 'mwakusya')).toBeGreaterThan(0);
    expect(score('Mwakyusa', 'mwabbbsa')).toBe(0);
    expect(score('Ali', 'aly')).toBeGreaterThan(0); // by key, not by typo
    expect(score('Ali', 'abi')).toBe(0);
    expect(score('Rose', 'rise')).toBeGreaterThan(0);
    expect(score('Rose', 'hose')).toBe(0);
  });

  it('matches names written together or apart', () => {
    expect(score('Abdul Rahman', 'abdulrahman')).toBeGreaterThan(0);
    expect(score('Abdul-Rahman', 'Abdul Rahman')).toBeGreaterThan(0);
    expect(score('Juma Hamisi', 'ju')).toBe(MATCH_SCORES.prefix + MATCH_SCORES.wholeName / 2);
  });

  it('scores a whole-name match above a partial one', () => {
    expect(score('Juma', 'juma')).toBeGreaterThan(score('Juma Hamisi', 'juma'));
    expect(score('Juma Hamisi', 'juma')).toBeGreaterThan(score('Juma Hamisi Mrema', 'juma'));
  });

  it('gives 0 to a different name', () => {
    expect(score('Grace Mushi', 'halima')).toBe(0);
    expect(score('Peter Mushi', 'paulo')).toBe(0);
    expect(score('John Mushi', 'joseph')).toBe(0);
  });

  it('agrees with the rules written plainly, for any name and query', () => {
    const nameAndQuery = fullName().chain((name) => {
      const words = buildSearchEntry({ id: 'x', fullName: name }).tokens;
      const from = words.length > 0 ? fc.constantFrom(...words) : nameWord();
      return fc.tuple(
        fc.constant(name),
        fc.array(
          from.chain((word) => queryWordFrom(word)),
          { minLength: 1, maxLength: 3 },
        ),
      );
    });
    fc.assert(
      fc.property(nameAndQuery, ([name, words]) => {
        const candidate = entry(name);
        const query = parseQuery(words.join(' '));
        expect(scoreEntry(candidate, query) > 0).toBe(assignable(query.nameTokens, candidate));
      }),
      { numRuns: 500 },
    );
  });
});

describe('scoreEntry on numbers', () => {
  const patient = entry('Hamisi Juma', {
    phones: [{ number: '+255 754 123 456' }],
    hospitalNumber: 'KDH/2026/0042',
    nationalId: '19840309-12345-00001-23',
  });
  const scoreOf = (text: string): number => scoreEntry(patient, parseQuery(text));

  it('finds a phone however written, whole or in part', () => {
    expect(scoreOf('0754 123 456')).toBe(MATCH_SCORES.phoneNumber);
    expect(scoreOf('754123456')).toBe(MATCH_SCORES.phoneNumber);
    expect(scoreOf('0754')).toBe(MATCH_SCORES.phonePart);
    expect(scoreOf('0754 123 457')).toBe(0);
  });

  it('finds a hospital number or national id, whole, by its start or by its digits', () => {
    expect(scoreOf('kdh/2026/0042')).toBe(MATCH_SCORES.codeExact);
    expect(scoreOf('KDH 2026 0042')).toBe(MATCH_SCORES.codeExact);
    expect(scoreOf('kdh-2026')).toBe(MATCH_SCORES.codePrefix);
    expect(scoreOf('19840309-12345-00001-23')).toBe(MATCH_SCORES.codeExact);
    expect(scoreOf('00001')).toBe(MATCH_SCORES.codeDigits);
    expect(scoreOf('kdh/2027')).toBe(0);
    expect(scoreOf('kdh')).toBe(0);
  });

  it('needs both name and digits when both are typed', () => {
    expect(scoreOf('Juma 0754')).toBe(
      MATCH_SCORES.exact + MATCH_SCORES.wholeName / 2 + MATCH_SCORES.phonePart,
    );
    expect(scoreOf('Juma 0655')).toBe(0);
    expect(scoreOf('Peter 0754')).toBe(0);
  });

  it('gives 0 for an empty query', () => {
    expect(scoreOf('')).toBe(0);
  });
});
