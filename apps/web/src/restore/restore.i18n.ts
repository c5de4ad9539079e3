// Words of the admins' restore screen: deleted patients and episodes, brought back as new versions.
export const restore = {
  en: {
    title: 'Restore deleted records',
    intro:
      'Patients and episodes deleted on this device or by others, as synced here. Restoring saves a new version: the record shows again, and its history keeps the deletion.',
    loading: 'Reading the records on this device… {{done}} of {{total}}',
    search: 'Search by patient name',
    kind: {
      label: 'Show',
      all: 'Patients and episodes',
      patients: 'Patients',
      episodes: 'Episodes',
    },
    count_one: '{{count}} deleted record, the most recent deletion first.',
    count_other: '{{count}} deleted records, the most recent deletion first.',
    none: 'No deleted patient or episode is on this device.',
    noneMatch: 'No deleted record matches this search.',
    table: {
      caption: 'Deleted records, the most recent deletion first',
      record: 'Record',
      deletedBy: 'Deleted by',
      deletedAt: 'Deleted',
      actions: 'Actions',
    },
    entity: { patient: 'Patient', episode: 'Episode' },
    episodeOf: '{{type}}, {{date}} — {{name}}',
    history: 'History',
    restore: 'Restore',
    confirm: {
      title: 'Restore {{what}}?',
      shows: 'It will show again in lists, search and worklists, as it was when it was deleted.',
      history: 'Nothing is rewritten: the restore is a new version, and the history keeps the deletion.',
      patientOnly:
        'Only the patient record is restored. Their deleted episodes, if any, are listed here separately: restore each one that should come back.',
      button: 'Restore',
    },
    restored: 'Restored: {{what}}. It is saved on this device and syncs with the next sync.',
    gone: 'This record is no longer deleted on this device (it may have been restored meanwhile). The list shows it as it is now.',
    pages: {
      label: 'Pages of deleted records',
      previous: 'Previous page',
      next: 'Next page',
      position: 'Page {{page}} of {{pages}}',
    },
  },
  sw: {
    title: 'Rejesha kumbukumbu zilizofutwa',
    intro:
      'Wagonjwa na matukio yaliyofutwa kwenye kifaa hiki au na wengine, kama yalivyosawazishwa hapa. Kurejesha kunahifadhi toleo jipya: kumbukumbu inaonekana tena, na historia yake inabaki na ufutaji.',
    loading: 'Inasoma kumbukumbu zilizo kwenye kifaa hiki… {{done}} kati ya {{total}}',
    search: 'Tafuta kwa jina la mgonjwa',
    kind: {
      label: 'Onyesha',
      all: 'Wagonjwa na matukio',
      patients: 'Wagonjwa',
      episodes: 'Matukio',
    },
    count_one: 'Kumbukumbu {{count}} iliyofutwa, iliyofutwa karibuni kwanza.',
    count_other: 'Kumbukumbu {{count}} zilizofutwa, zilizofutwa karibuni kwanza.',
    none: 'Hakuna mgonjwa wala tukio lililofutwa kwenye kifaa hiki.',
    noneMatch: 'Hakuna kumbukumbu iliyofutwa inayolingana na utafutaji huu.',
    table: {
      caption: 'Kumbukumbu zilizofutwa, zilizofutwa karibuni kwanza',
      record: 'Kumbukumbu',
      deletedBy: 'Ilifutwa na',
      deletedAt: 'Ilifutwa',
      actions: 'Vitendo',
    },
    entity: { patient: 'Mgonjwa', episode: 'Tukio' },
    episodeOf: '{{type}}, {{date}} — {{name}}',
    history: 'Historia',
    restore: 'Rejesha',
    confirm: {
      title: 'Rejesha {{what}}?',
      shows: 'Itaonekana tena kwenye orodha, utafutaji na orodha za kazi, kama ilivyokuwa ilipofutwa.',
      history: 'Hakuna kinachoandikwa upya: kurejesha ni toleo jipya, na historia inabaki na ufutaji.',
      patientOnly:
        'Kumbukumbu ya mgonjwa pekee ndiyo inarejeshwa. Matukio yake yaliyofutwa, kama yapo, yameorodheshwa hapa kando: rejesha kila moja linalopaswa kurudi.',
      button: 'Rejesha',
    },
    restored:
      'Imerejeshwa: {{what}}. Imehifadhiwa kwenye kifaa hiki na itasawazishwa katika usawazishaji unaofuata.',
    gone: 'Kumbukumbu hii haijafutwa tena kwenye kifaa hiki (huenda imerejeshwa wakati huo huo). Orodha inaionyesha ilivyo sasa.',
    pages: {
      label: 'Kurasa za kumbukumbu zilizofutwa',
      previous: 'Ukurasa uliopita',
      next: 'Ukurasa unaofuata',
      position: 'Ukurasa {{page}} kati ya {{pages}}',
    },
  },
} as const;
