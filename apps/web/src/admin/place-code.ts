import { lists } from '../episodes/lists.i18n';

export type PlaceList = 'tanzaniaRegion' | 'tanzaniaZone';

const fold = (text: string) => text.trim().toLocaleLowerCase();

/**
 * What to store for a region or zone as typed: the list's code when the text is one of its codes or
 * labels (in either language, any letter case), so that "Dar es Salaam" and "dar es salaam" group
 * together in reports; other text (a camp abroad) as typed; null for blank, which clears the field.
 */
export function placeCode(list: PlaceList, typed: string): string | null {
  const text = typed.trim();
  if (!text) return null;
  const wanted = fold(text);
  for (const language of [lists.en, lists.sw]) {
    for (const [code, label] of Object.entries(language[list])) {
      if (fold(code) === wanted || fold(label) === wanted) return code;
    }
  }
  return text;
}
