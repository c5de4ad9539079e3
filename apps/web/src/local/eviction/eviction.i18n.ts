// Words of the notices shown when the browser deleted the app's data on this device.
export const eviction = {
  en: {
    title: 'The data on this device was deleted',
    deletedOn: 'This browser deleted the registry’s data on this device on {{date}}.',
    lost_one: '{{count}} change that had not reached the server was lost.',
    lost_other: '{{count}} changes that had not reached the server were lost.',
    oldest_one: 'It was saved on {{date}}.',
    oldest_other: 'The oldest was saved on {{date}}.',
    nothingLost: 'Nothing unsynced was lost: everything is being downloaded again from the server.',
    exportFile: 'If you kept an export file, import it on the Sync page.',
    openSync: 'Open the Sync page',
    acknowledge: 'I understand',
    deletedNow:
      'This browser has just deleted the registry’s data on this device. Reload the app now: it will say what was lost and download your records again.',
    reload: 'Reload now',
  },
  sw: {
    title: 'Data kwenye kifaa hiki ilifutwa',
    deletedOn: 'Kivinjari hiki kilifuta data ya rejista kwenye kifaa hiki tarehe {{date}}.',
    lost_one: 'Badiliko {{count}} ambalo lilikuwa halijafika kwenye seva limepotea.',
    lost_other: 'Mabadiliko {{count}} ambayo yalikuwa hayajafika kwenye seva yamepotea.',
    oldest_one: 'Lilihifadhiwa tarehe {{date}}.',
    oldest_other: 'La zamani zaidi lilihifadhiwa tarehe {{date}}.',
    nothingLost: 'Hakuna kisichosawazishwa kilichopotea: kila kitu kinapakuliwa tena kutoka kwenye seva.',
    exportFile: 'Kama ulihifadhi faili la kuhamisha data, liingize kwenye ukurasa wa Usawazishaji.',
    openSync: 'Fungua ukurasa wa Usawazishaji',
    acknowledge: 'Nimeelewa',
    deletedNow:
      'Kivinjari hiki kimefuta sasa hivi data ya rejista kwenye kifaa hiki. Pakia upya programu sasa: itaeleza kilichopotea na kupakua tena rekodi zako.',
    reload: 'Pakia upya sasa',
  },
} as const;
