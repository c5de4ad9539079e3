import { describe, expect, it } from 'vitest';
import { namespaces } from './resources';

/** Every key path of a nested word list, with i18next's plural suffixes folded together. */
function keys(words: unknown, prefix = ''): string[] {
  if (typeof words !== 'object' || words === null) return [prefix];
  return Object.entries(words)
    .flatMap(([key, value]) => keys(value, prefix ? `${prefix}.${key}` : key))
    .map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '_plural'));
}

describe('words', () => {
  for (const [name, words] of Object.entries(namespaces)) {
    it(`${name}: Kiswahili has every English key and no other, none empty`, () => {
      expect([...new Set(keys(words.sw))].sort()).toEqual([...new Set(keys(words.en))].sort());
      const blank = (w: unknown): boolean =>
        typeof w === 'string' ? w.trim() === '' : Object.values(w as object).some(blank);
      expect(blank(words.sw)).toBe(false);
    });
  }
});
