export const storage = {
  en: {
    nearlyFull:
      'This device’s storage for the app is {{percent}}% full. Sync, then free some space on the phone.',
    title: 'Storage on this device',
    persisted: 'The browser keeps this app’s data even when space runs short.',
    notPersisted:
      'The browser may delete this app’s data if the phone runs short of space. Install the app (Add to Home screen) and sync often.',
    unknown: 'This browser does not say whether it keeps the app’s data.',
    usage: '{{used}} used of {{quota}} available',
    ask: 'Ask the browser to keep the data',
  },
  sw: {
    nearlyFull:
      'Hifadhi ya programu kwenye kifaa hiki imejaa kwa {{percent}}%. Sawazisha, kisha ondoa vitu kwenye simu.',
    title: 'Hifadhi kwenye kifaa hiki',
    persisted: 'Kivinjari kinatunza data ya programu hii hata nafasi ikipungua.',
    notPersisted:
      'Kivinjari kinaweza kufuta data ya programu hii simu ikikosa nafasi. Sakinisha programu (Ongeza kwenye skrini ya mwanzo) na usawazishe mara kwa mara.',
    unknown: 'Kivinjari hiki hakisemi kama kinatunza data ya programu.',
    usage: '{{used}} zimetumika kati ya {{quota}} zilizopo',
    ask: 'Omba kivinjari kitunze data',
  },
} as const;
