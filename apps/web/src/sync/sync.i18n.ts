// Words of the sync and storage screen.
export const syncPage = {
  en: {
    title: 'Sync and storage',
    waitingTitle: 'Waiting to go to the server',
    waitingNone: 'Nothing is waiting: everything saved on this device has reached the server.',
    oldestWaiting: 'The oldest was saved {{when}}.',
    waitingForOthers_one:
      '1 change builds on a change that has not reached the server yet (another person’s device still holds it). It is sent again at each sync until the server can take it.',
    waitingForOthers_other:
      '{{count}} changes build on changes that have not reached the server yet (another person’s device still holds them). They are sent again at each sync until the server can take them.',
    rejectedTitle: 'Refused by the server',
    rejectedIntro:
      'The server did not accept these changes. They are kept on this device and are never deleted on their own. Read the reason; when its cause is fixed (for example your account was given the hospital), try again.',
    rejectedNone: 'No change was refused.',
    reason: 'Reason',
    savedAt: 'Saved {{when}}',
    refusedAt: 'refused {{when}}',
    openRecord: 'Open the record',
    retry: 'Try again',
    lastError: 'Last problem',
    serverSaid: 'The server said: {{message}}',
    device: 'This device',
    deviceId: 'Device id',
    appVersion: 'App version',
    signedInAs: 'Signed in as',
    entity: { patient: 'Patient', episode: 'Episode', eventLog: 'Log entry' },
  },
  sw: {
    title: 'Usawazishaji na hifadhi',
    waitingTitle: 'Yanasubiri kwenda kwenye seva',
    waitingNone: 'Hakuna kinachosubiri: kila kilichohifadhiwa kwenye kifaa hiki kimefika kwenye seva.',
    oldestWaiting: 'La zamani zaidi lilihifadhiwa {{when}}.',
    waitingForOthers_one:
      'Badiliko 1 limejengwa juu ya badiliko ambalo bado halijafika kwenye seva (kifaa cha mtu mwingine bado kinalo). Linatumwa tena kila usawazishaji hadi seva iweze kulipokea.',
    waitingForOthers_other:
      'Mabadiliko {{count}} yamejengwa juu ya mabadiliko ambayo bado hayajafika kwenye seva (kifaa cha mtu mwingine bado kinayo). Yanatumwa tena kila usawazishaji hadi seva iweze kuyapokea.',
    rejectedTitle: 'Yamekataliwa na seva',
    rejectedIntro:
      'Seva haikukubali mabadiliko haya. Yanatunzwa kwenye kifaa hiki na hayafutwi yenyewe. Soma sababu; chanzo chake kikirekebishwa (kwa mfano akaunti yako imepewa hospitali), jaribu tena.',
    rejectedNone: 'Hakuna badiliko lililokataliwa.',
    reason: 'Sababu',
    savedAt: 'Lilihifadhiwa {{when}}',
    refusedAt: 'lilikataliwa {{when}}',
    openRecord: 'Fungua kumbukumbu',
    retry: 'Jaribu tena',
    lastError: 'Tatizo la mwisho',
    serverSaid: 'Seva ilisema: {{message}}',
    device: 'Kifaa hiki',
    deviceId: 'Kitambulisho cha kifaa',
    appVersion: 'Toleo la programu',
    signedInAs: 'Umeingia kama',
    entity: { patient: 'Mgonjwa', episode: 'Tukio', eventLog: 'Kumbukumbu ya tukio' },
  },
} as const;
