// Why: the same person is written Mohamed, Mohammed, Muhammad or Muhamadi depending on who held
// the pen. Arabic script writes no short vowels and Swahili adds a final vowel to borrowed names
// (Hamisi, Saidi, Yusufu), so transliterations disagree mostly about vowels and a few spellings of
// one sound. A key that keeps the consonants in one spelling lets those variants meet, while names
// with different consonants (Grace and Halima, Peter and Paulo, John and Joseph) stay apart.
import { foldCode } from './fold-name';

const FOLDED = /^[a-z0-9]*$/;

const isVowel = (letter: string | undefined): boolean =>
  letter === 'a' || letter === 'e' || letter === 'i' || letter === 'o' || letter === 'u';

/**
 * A key under which common Swahili, Arabic and English spellings of one name collide.
 *
 * The word is folded (lower case, no diacritics, letters and digits only) and then:
 * 1. a final h after a vowel or y is dropped (Abdallah = Abdalla, Fatimah = Fatima), then a final
 *    -er after a consonant when three letters or more come before it (Christopher = Kristofa,
 *    Esther = Esta, Peter → pet): English -er is Swahili -a;
 * 2. one spelling is chosen per sound: x → ks, ph → f, th → t, dh → d, gh → g, kh → h (Khamis =
 *    Hamisi), ck → k, chr/chl → kr/kl and chae → kae (Christopher, Michael = Mikaeli), other ch → c
 *    (Swahili ch, as in Chande, kept apart from k), sh → x (Aisha, kept apart from s), c before
 *    e/i/y → s (Grace = Gresi), other c → k, q → k, z → s (Elizabeth = Elisabeti);
 * 3. a y after the first letter is a vowel (Sayid = Said, Ally = Ali, Maryam = Mariamu); an initial
 *    y stays a consonant, so Yusuf and Joseph stay apart;
 * 4. only consonants are kept, a letter written twice counting once (Mohammed = Mohamed), except
 *    that a word starting with a vowel keeps one `a` in front (Omar = Umar, Amina is not Mina).
 *
 * So Mohamed/Mohammed/Muhammad/Mohamad/Muhamadi → mhmd, Hussein/Husein/Husseini/Hussain → hsn,
 * Khamis/Hamisi/Hamis → hms, Rehema/Rehma → rhm, Fatuma/Fatma → ftm, Mwanaisha/Mwanaasha → mwnx.
 *
 * The price of ignoring vowels is that some different names share a key: Hassan, Hussein and
 * Husna, Mahmoud and Mohamed, Amina and Amani, Neema and Naima, Baraka and Barack, Abdul and Abdallah. Callers rank a phonetic
 * match below an exact one, so the spelling typed still comes first. Juma (jm) and Jumanne (jmn)
 * stay apart: Jumanne is a name of its own, not a spelling of Juma.
 */
export const phoneticKey = (token: string): string => {
  const word = FOLDED.test(token) ? token : foldCode(token);
  let end = word.length;
  if (end > 2 && word[end - 1] === 'h' && (isVowel(word[end - 2]) || word[end - 2] === 'y')) end--;
  if (
    end >= 5 &&
    word[end - 2] === 'e' &&
    word[end - 1] === 'r' &&
    !isVowel(word[end - 3]) &&
    word[end - 3] !== 'y'
  ) {
    end -= 2;
  }
  let key = '';
  let previous = '';
  const add = (sound: string): void => {
    if (key === '') key = isVowel(sound) ? 'a' : sound;
    else if (sound !== previous && !isVowel(sound) && sound !== 'y') key += sound;
    previous = sound;
  };
  for (let i = 0; i < end; i++) {
    const letter = word[i] ?? '';
    const next = i + 1 < end ? word[i + 1] : undefined;
    if (next === 'h' && (letter === 'p' || letter === 't' || letter === 'd' || letter === 'g')) {
      add(letter === 'p' ? 'f' : letter);
      i++;
    } else if (next === 'h' && (letter === 'k' || letter === 's')) {
      add(letter === 'k' ? 'h' : 'x');
      i++;
    } else if (letter === 'c') {
      const after = i + 2 < end ? word[i + 2] : undefined;
      if (next === 'k') {
        add('k');
        i++;
      } else if (next === 'h') {
        const isK = after === 'r' || after === 'l' || (after === 'a' && word[i + 3] === 'e' && i + 3 < end);
        add(isK ? 'k' : 'c');
        i++;
      } else {
        add(next === 'e' || next === 'i' || next === 'y' ? 's' : 'k');
      }
    } else if (letter === 'x') {
      add('k');
      add('s');
    } else if (letter === 'q') {
      add('k');
    } else if (letter === 'z') {
      add('s');
    } else {
      add(letter);
    }
  }
  return key;
};
