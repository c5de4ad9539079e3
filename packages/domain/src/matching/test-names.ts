// Why: the matching properties need names that collide often — shared syllables, spelling
// variants, typos, initials — or random strings would almost never exercise a near match. Used by
// tests only; nothing else imports it.
import fc from 'fast-check';

const SYLLABLES = [
  'ma',
  'mu',
  'ha',
  'mi',
  'si',
  'ju',
  'ka',
  'ra',
  'na',
  'a',
  'e',
  'o',
  'sh',
  'kh',
  'ch',
  'th',
  'y',
  'z',
  's',
  'dh',
  'll',
  'er',
  'h',
];

/** A folded name word: a few syllables, sometimes a single letter (an initial). */
export const nameWord = (): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc
        .array(fc.constantFrom(...SYLLABLES), { minLength: 1, maxLength: 4 })
        .map((parts) => parts.join('')),
    },
    { weight: 1, arbitrary: fc.constantFrom('j', 'h', 'm', 'a') },
  );

/** A full name of one to four words, written the way a clerk might (case, hyphen, initials). */
export const fullName = (): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(nameWord(), { minLength: 1, maxLength: 4 }),
      fc.constantFrom(' ', '  ', '-', ' . '),
      fc.boolean(),
    )
    .map(([words, separator, upper]) => {
      const name = words.join(separator);
      return upper ? name.toUpperCase() : name;
    });

/** A query word made from a name word: itself, a prefix, one edit, a vowel changed, or unrelated. */
export const queryWordFrom = (word: string): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constant(word),
      fc.integer({ min: 1, max: Math.max(1, word.length) }).map((length) => word.slice(0, length)),
      fc
        .tuple(fc.nat(word.length), fc.constantFrom('a', 'i', 'm', 'h', ''), fc.boolean())
        .map(([at, letter, replace]) => word.slice(0, at) + letter + word.slice(replace ? at + 1 : at)),
      fc
        .nat(Math.max(0, word.length - 2))
        .map((at) => word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2)),
      nameWord(),
    )
    .filter((query) => query !== '');
