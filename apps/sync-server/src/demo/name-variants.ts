import type { PersonName } from './person-name';
import type { Random } from './random';

// How one name comes to be written differently on a second registration: transliterations of
// Arabic names, Swahili and English forms of Biblical names, dropped or doubled letters.
const SPELLINGS: readonly (readonly string[])[] = [
  ['Mohamed', 'Mohammed', 'Muhammad', 'Mohamedi'],
  ['Ally', 'Ali'],
  ['Hamisi', 'Hamis', 'Khamis'],
  ['Salum', 'Salumu', 'Salim'],
  ['Rashid', 'Rashidi'],
  ['Omari', 'Omar'],
  ['Idd', 'Iddi'],
  ['Athumani', 'Athuman', 'Othman'],
  ['Selemani', 'Seleman', 'Suleiman'],
  ['Ramadhani', 'Ramadhan'],
  ['Shabani', 'Shaban'],
  ['Fatuma', 'Fatma'],
  ['Zainabu', 'Zainab'],
  ['Mariam', 'Mariamu', 'Maryam'],
  ['Khadija', 'Hadija'],
  ['Aisha', 'Aysha'],
  ['Rehema', 'Rahema'],
  ['Emmanuel', 'Emanuel'],
  ['Joseph', 'Josephat', 'Yusuph'],
  ['Elizabeth', 'Elisabeth'],
  ['Magreth', 'Margaret'],
  ['Janeth', 'Janet'],
  ['Yohana', 'Johana'],
  ['Paulo', 'Paul'],
  ['Petro', 'Peter'],
  ['Daudi', 'David'],
  ['Stephano', 'Stephen'],
];

export type VariantKind = 'spelling' | 'order' | 'dropFather';

/** The same person's name as a second clerk might write it; always different from the first. */
export function nameVariant(random: Random, name: PersonName): { name: PersonName; kind: VariantKind } {
  // "Said Said" reads the same either way round, so it can only be misspelt.
  const canSwap = name.given !== name.surname;
  const kind = random.weighted({ spelling: 6, order: canSwap ? 2 : 0, dropFather: name.father ? 2 : 0 });
  if (kind === 'order') {
    // Family name first, as on some forms; the full name then reads differently.
    return { kind, name: { ...name, given: name.surname, surname: name.given, capitals: false } };
  }
  if (kind === 'dropFather') return { kind, name: { ...name, father: undefined, capitals: false } };
  const parts = (['given', 'father', 'surname'] as const).filter((part) => name[part] !== undefined);
  const part = random.pick(parts);
  return { kind, name: { ...name, [part]: respell(random, name[part] ?? ''), capitals: false } };
}

export function respell(random: Random, word: string): string {
  if (word.length > 1 && word === word.toUpperCase()) {
    return respell(random, word.charAt(0) + word.slice(1).toLowerCase()).toUpperCase();
  }
  const family = SPELLINGS.find((spellings) => spellings.includes(word));
  if (family) return random.pick(family.filter((spelling) => spelling !== word));
  const doubled = word.match(/([bcdfghjklmnpqrstvwxyz])\1/);
  if (doubled) return word.replace(doubled[0], doubled[1] ?? '');
  if (/[rl]/.test(word.slice(1)))
    return word.charAt(0) + word.slice(1).replace(/[rl]/, (c) => (c === 'r' ? 'l' : 'r'));
  return /[iu]$/.test(word) ? word.slice(0, -1) : `${word}i`;
}
