import i18next from 'i18next';
import { resources } from '../i18n/resources';
import type { Translate } from './list-labels';

// Fixed ids and a real translator for the tests of this folder, so failures print the same thing every run.
export const HOSPITAL = '0192f4c0-0000-7000-8000-000000000001';
export const PATIENT = '0192f4c0-0000-7000-8000-000000000010';
export const SURGERY = '0192f4c0-0000-7000-8000-000000000020';
export const EPISODE = '0192f4c0-0000-7000-8000-000000000021';
export const SURGEON = '0192f4c0-0000-7000-8000-000000000030';
export const NURSE = '0192f4c0-0000-7000-8000-000000000031';

/** The app's own words in one language, loaded at once (no network, no waiting). */
export function testTranslate(language: 'en' | 'sw' = 'en'): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return instance.t.bind(instance);
}
