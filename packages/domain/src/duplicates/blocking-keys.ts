// Why: scoring every pair of 10,000 patients is 50 million comparisons; a phone cannot do that
// and a coordinator cannot wait for it. Blocking scores only records that share a cheap key — a
// national id, a phone, or two name words by sound — which true duplicates almost always do, in
// any word order, with an initial for a given name, or with a typo in one word.
import type { PreparedCandidate } from './prepare-candidate';

const pairKey = (x: string, y: string): string => (x < y ? `${x}|${y}` : `${y}|${x}`);

/**
 * The blocks a record belongs to. For every two name words: their phonetic keys (swapped order
 * meets), each key with the other's initial (J. Mwakyusa meets Juma Mwakyusa) or the first letter
 * of its key (Khamis meets Hamii, a typo of Hamisi), and each key with the other word's first two
 * letters (a typo that changes one word's key still meets).
 */
export const blockingKeys = (candidate: PreparedCandidate): string[] => {
  const keys = new Set<string>();
  if (candidate.nationalId !== '') keys.add(`n:${candidate.nationalId}`);
  for (const phone of candidate.phones) keys.add(`p:${phone}`);
  const { words, keys: sounds } = candidate;
  if (words.length === 1) keys.add(`w:${sounds[0] || words[0]}`);
  for (let i = 0; i < words.length; i++) {
    for (let j = 0; j < words.length; j++) {
      if (i === j) continue;
      const word = words[j] ?? '';
      const sound = sounds[i] ?? '';
      if (sound === '') continue; // an initial is blocked from the full word's side
      if (i < j && sounds[j]) keys.add(`k:${pairKey(sound, sounds[j] ?? '')}`);
      const start = word.slice(0, 1);
      keys.add(`i:${sound}|${start}`);
      // Khamis sounds as Hamisi (its key starts with h), so it also meets words starting with h.
      // Not for a first vowel, which every key writes as a: Omar would meet every Ali and Amina.
      const soundStart = (sounds[j] ?? '').slice(0, 1);
      if (soundStart !== '' && soundStart !== start && soundStart !== 'a')
        keys.add(`i:${sound}|${soundStart}`);
      if (word.length > 1) keys.add(`s:${sound}|${word.slice(0, 2)}`);
    }
  }
  return [...keys];
};
