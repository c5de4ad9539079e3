export const forms = {
  en: {
    notSaved: 'Not saved yet: please correct this.',
    draftRestored: 'Your unsaved entries from {{when}} were put back.',
    discardDraft: 'Start again',
    saved: 'Saved on this device.',
    saving: 'Saving…',
  },
  sw: {
    notSaved: 'Bado haijahifadhiwa: tafadhali sahihisha hili.',
    draftRestored: 'Ulichojaza bila kuhifadhi {{when}} kimerudishwa.',
    discardDraft: 'Anza upya',
    saved: 'Imehifadhiwa kwenye kifaa hiki.',
    saving: 'Inahifadhi…',
  },
} as const;
