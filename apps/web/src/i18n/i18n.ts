import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'sw', name: 'Kiswahili' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

const LANGUAGE_KEY = 'registry.language';

/** The language the person chose on this device, else the browser's if it is Kiswahili, else English. */
function initialLanguage(): Language {
  const chosen = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  if (chosen === 'en' || chosen === 'sw') return chosen;
  return globalThis.navigator?.language?.toLowerCase().startsWith('sw') ? 'sw' : 'en';
}

export function startI18n(): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18next.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

/** Switches the language at once on every screen, and remembers the choice on this device. */
export function chooseLanguage(language: Language): void {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
  void i18next.changeLanguage(language);
}
