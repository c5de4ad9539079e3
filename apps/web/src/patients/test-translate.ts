import i18next, { type TFunction } from 'i18next';
import { resources } from '../i18n/resources';

/** The app's real words in one language, for tests of labels and wording (no React needed). */
export function testTranslate(language: 'en' | 'sw' = 'en'): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t;
}
