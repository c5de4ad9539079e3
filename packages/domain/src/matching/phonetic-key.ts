// Why: the same person is written Mohamed, Mohammed, Muhammad or Muhamadi depending on who held
// the pen. Arabic script writes no short vowels and Swahili adds a final vowel to borrowed names
// (Hamisi, Saidi, Yusufu), so transliterations disagree mostly about vowels and a few spellings of
// one sound. A key that keeps the consonants in one spelling lets those variants meet, while names
// with different consonants (Grace and Halima, Peter and Paulo, John and Joseph) stay apart.
import { foldCode } from './fold-name';

const VOWELS = 'aeiou';

/**
 * Spellings of one sound, applied in this order to the folded word. `c` and `x` never survive
 * these, so the key uses `c` for the "ch" sound (Chande) and `x` for "sh" (Aisha).
 */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/([aeiouy])h$/, '$1'], // Abdallah = Abdalla, Fatimah = Fatima: a final h after a vowel is silent
  [/(..[^aeiouy])er$/, '$1'], // Christopher = Kristofa, Esther = Esta: English -er is Swahili -a
  [/x/g, 'ks'], // Alex = Aleksi
  [/ph/g, 'f'], // Joseph = Josefu
  [/th/g, 't'], // Elizabeth = Elisabeti
  [/dh/g, 'd'], // Ramadhani = Ramadani
  [/gh/g, 'g'],
  [/kh/g, 'h'], // Khamis = Hamisi
  [/sh/g, 'x'], // Aisha = Ayesha, kept apart from s
  [/ck/g, 'k'], // Barack = Baraka
  [/ch([rl])/g, 'k$1'], // Christopher = Kristofa, Chloe = Kloe
  [/chae/g, 'kae'], // Michael = Mikaeli
  [/ch/g, 'c'], // Chande, Chausiku: the Swahili ch sound, kept apart from k
  [/c([eiy])/g, 's$1'], // Grace = Gresi, Cecilia = Sesilia
  [/c/g, 'k'], // Clara = Klara
  [/q/g, 'k'], // Razaq = Razak
  [/z/g, 's'], // Elizabeth = Elisabeti, Zainabu = Sainabu
];

/**
 * A key under which common Swahili, Arabic and English spellings of one name collide.
 *
 * The word is folded (lower case, no diacritics, letters and digits only) and then:
 * 1. a final h after a vowel is dropped (Abdallah, Fatimah), and a final -er after a consonant
 *    when at least three letters remain (Christopher → Christoph, Peter → Pet);
 * 2. one spelling is chosen per sound: x → ks, ph → f, th → t, dh → d, gh → g, kh → h, sh → x,
 *    ck → k, chr/chl → kr/kl, chae → kae, other ch → c, c before e/i/y → s, other c → k, q → k,
 *    z → s;
 * 3. a y after the first letter is a vowel (Sayid = Said, Ally = Ali, Maryam = Mariamu), an initial
 *    y stays a consonant (Yusuf is not Joseph);
 * 4. only consonants are kept, a doubled letter counting once (Mohammed = Mohamed), except that a
 *    word starting with a vowel keeps one `a` in front (Omar = Umar, Amina ≠ Mina).
 *
 * So Mohamed/Mohammed/Muhammad/Mohamad/Muhamadi → mhmd, Hussein/Husein/Husseini/Hussain → hsn,
 * Khamis/Hamisi/Hamis → hms, Rehema/Rehma → rhm, Fatuma/Fatma → ftm.
 *
 * The price of ignoring vowels is that some different names share a key: Hassan and Hussein,
 * Amina and Amani, Neema and Naima, Baraka and Barack, Abdul and Abdallah. Callers rank a phonetic
 * match below an exact one, so the exact spelling still comes first. Juma (jm) and Jumanne (jmn)
 * stay apart: Jumanne is a name of its own, not a spelling of Juma.
 */
export const phoneticKey = (token: string): string => {
  let word = foldCode(token);
  for (const [spelling, sound] of SPELLINGS) word = word.replace(spelling, sound);
  if (word === '') return '';
  let key = VOWELS.includes(word[0] ?? '') ? 'a' : (word[0] ?? '');
  for (let i = 1; i < word.length; i++) {
    const letter = word[i] ?? '';
    if (VOWELS.includes(letter) || letter === 'y' || letter === word[i - 1]) continue;
    key += letter;
  }
  return key;
};
