import { describe, expect, it } from 'vitest';
// The lists folder itself rather than the package's face, which also exports other arrays (entities, roles' actions).
import * as domainListModule from '../../../../packages/domain/src/lists/index';
import { choicesOf, codeLabel, LIST_CODES, type ListName } from './list-labels';
import { lists } from './lists.i18n';
import { testTranslate } from './test-fixtures';

/** Every list of codes the domain exports, found by shape so that a new list cannot be forgotten. */
const domainLists = (Object.entries(domainListModule) as [string, unknown][]).filter(
  (entry): entry is [string, readonly string[]] =>
    /^[A-Z][A-Z0-9_]*$/.test(entry[0]) &&
    Array.isArray(entry[1]) &&
    entry[1].length > 0 &&
    (entry[1] as unknown[]).every(
      (code: unknown) => typeof code === 'string' && /^[a-z][a-zA-Z0-9]*$/.test(code),
    ),
);

describe('list labels', () => {
  it('cover every code of every list of the domain, in both languages', () => {
    expect(domainLists.length).toBeGreaterThanOrEqual(20);
    const labelled = new Set<string>(Object.values(LIST_CODES).flat());
    for (const [name, codes] of domainLists) {
      for (const code of codes) expect(labelled.has(code), `${name}.${code}`).toBe(true);
    }
    for (const [listName, codes] of Object.entries(LIST_CODES)) {
      for (const language of ['en', 'sw'] as const) {
        const words = lists[language][listName as ListName] as Record<string, string>;
        expect(Object.keys(words).sort(), `${language} ${listName}`).toEqual([...codes].sort());
      }
    }
  });

  it('name every list of the domain once, by the same codes', () => {
    for (const [name, codes] of domainLists) {
      const match = Object.values(LIST_CODES).some((known) =>
        codes.every((c) => (known as readonly string[]).includes(c)),
      );
      expect(match, name).toBe(true);
    }
  });

  it('give labels in the chosen language', () => {
    expect(codeLabel(testTranslate('en'), 'herniaSite', 'inguinal')).toBe('Inguinal');
    expect(codeLabel(testTranslate('sw'), 'side', 'left')).toBe('Kushoto');
    expect(codeLabel(testTranslate('sw'), 'episodeType', 'discharge')).toBe('Kuruhusiwa');
  });

  it('show an unknown code as stored and nothing as blank, never crashing', () => {
    const t = testTranslate();
    expect(codeLabel(t, 'side', 'upsideDown')).toBe('upsideDown');
    expect(codeLabel(t, 'side', undefined)).toBe('');
    expect(codeLabel(t, 'side', { left: true })).toBe('');
    expect(codeLabel(t, 'side', 'toString')).toBe('toString');
  });

  it('offer choices in the order of the list, or of the codes asked for', () => {
    const t = testTranslate();
    expect(choicesOf(t, 'cepod')).toEqual([
      { value: 'planned', label: 'Planned' },
      { value: 'emergency', label: 'Emergency' },
    ]);
    expect(choicesOf(t, 'triState', ['no', 'yes']).map((c) => c.value)).toEqual(['no', 'yes']);
  });
});
