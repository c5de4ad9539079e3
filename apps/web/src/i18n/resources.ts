import type { Resource } from 'i18next';
import { admin } from '../admin/admin.i18n';
import { conflicts } from '../conflicts/conflicts.i18n';
import { duplicates } from '../duplicates/duplicates.i18n';
import { episodeFields } from '../episodes/episode-fields.i18n';
import { episodes } from '../episodes/episodes.i18n';
import { lists } from '../episodes/lists.i18n';
import { forms } from '../forms/forms.i18n';
import { history } from '../history/history.i18n';
import { home } from '../home/home.i18n';
import { eviction } from '../local/eviction/eviction.i18n';
import { patientFields } from '../patients/patient-fields.i18n';
import { patients } from '../patients/patients.i18n';
import { print } from '../print/print.i18n';
import { reports } from '../reports/reports.i18n';
import { restore } from '../restore/restore.i18n';
import { review } from '../review/review.i18n';
import { storage } from '../shell/storage.i18n';
import { deviceExport } from '../sync/device-export/device-export.i18n';
import { syncPage } from '../sync/sync.i18n';
import { common } from './common.i18n';

/**
 * Every namespace of words, English and Kiswahili side by side. A feature folder keeps its own words
 * in a `*.i18n.ts` file and is listed here; a test checks that both languages have every key.
 */
export const namespaces = {
  common,
  storage,
  syncPage,
  deviceExport,
  forms,
  home,
  patients,
  patientFields,
  episodes,
  episodeFields,
  lists,
  history,
  conflicts,
  duplicates,
  print,
  restore,
  review,
  admin,
  reports,
  eviction,
} as const;

const inLanguage = (language: 'en' | 'sw') =>
  Object.fromEntries(Object.entries(namespaces).map(([ns, words]) => [ns, words[language]]));

export const resources: Resource = { en: inLanguage('en'), sw: inLanguage('sw') };
