// Words of the sync screen's export of unsynced changes and import of another device's file.
export const deviceExport = {
  en: {
    export: {
      title: 'Export unsynced changes',
      intro:
        'Use this when this device cannot reach the server: download the file and bring it to a colleague’s device or to an admin, who imports it.',
      waiting_one: '{{count}} change saved on this device has not reached the server.',
      waiting_other: '{{count}} changes saved on this device have not reached the server.',
      refused_one: 'The server refused {{count}} of them; the file carries its reason.',
      refused_other: 'The server refused {{count}} of them; the file carries their reasons.',
      none: 'Nothing is waiting: everything saved on this device has reached the server, so there is nothing to export.',
      download: 'Download the file',
      saved:
        'Saved {{fileName}}. The changes also stay on this device, and still go to the server if it reconnects.',
      failed: 'The file could not be made: {{message}}',
    },
    import: {
      title: 'Import a file from another device',
      intro:
        'Choose a file exported on a device that could not reach the server. Your own changes in it are kept on this device and sync from here; changes by others need an admin and the network.',
      fileLabel: 'Export file',
      reading: 'Reading the file…',
      bad: 'This file cannot be imported: {{reason}} Nothing was changed.',
      problem: {
        notJson: 'it is not complete: it may have been cut short, or it is not an export file.',
        notExport: 'it is not an export file of the surgical registry.',
        formatVersion: 'it is of an export format this app cannot read; update the app first.',
        duplicate: 'it names the same change twice, so it has been altered.',
        invalid: 'part of it does not fit the export format ({{detail}}).',
      },
      summaryTitle: 'What the file holds',
      fromDevice: 'From device',
      exportedBy: 'Exported by',
      exportedAt: 'Exported',
      appVersion: 'App version',
      versions: 'Changes in the file',
      alreadyHere: 'Already on this device',
      yours: 'New, saved by you',
      others: 'New, saved by others',
      refusedBefore: 'Refused by the server before',
      refusedReasons: 'The reasons the server gave',
      nothingNew: 'Everything in this file is already on this device: importing it again adds nothing.',
      othersNotAllowed_one:
        '{{count}} change was saved by another user: only an admin can import it, so it will not be imported here. Bring the file to an admin.',
      othersNotAllowed_other:
        '{{count}} changes were saved by other users: only an admin can import them, so they will not be imported here. Bring the file to an admin.',
      othersOffline_one:
        '{{count}} change was saved by another user: it goes straight to the server, so connect to the network first. Your own can be imported now.',
      othersOffline_other:
        '{{count}} changes were saved by other users: they go straight to the server, so connect to the network first. Your own can be imported now.',
      othersSignedOut_one:
        '{{count}} change was saved by another user: sign in again to send it to the server. Your own can be imported now.',
      othersSignedOut_other:
        '{{count}} changes were saved by other users: sign in again to send them to the server. Your own can be imported now.',
      othersWillSend_one: '{{count}} change saved by another user will be sent to the server as an import.',
      othersWillSend_other: '{{count}} changes saved by other users will be sent to the server as an import.',
      button: 'Import',
      importing: 'Importing…',
      doneTitle: 'Import done',
      ownAdded_one: '{{count}} of your changes is now on this device and will sync from here.',
      ownAdded_other: '{{count}} of your changes are now on this device and will sync from here.',
      ownWaiting_one:
        '{{count}} of your changes builds on a change by someone else that was not imported: it was left in the file.',
      ownWaiting_other:
        '{{count}} of your changes build on changes by others that were not imported: they were left in the file.',
      sentToServer_one: '{{count}} change is now on the server and on this device.',
      sentToServer_other: '{{count}} changes are now on the server and on this device.',
      doneAlreadyHere_one: '{{count}} was already on this device.',
      doneAlreadyHere_other: '{{count}} were already on this device.',
      doneAlreadyOnServer_one: '{{count}} was already on the server.',
      doneAlreadyOnServer_other: '{{count}} were already on the server.',
      nothingAdded: 'Nothing new was added.',
      notSentNotAllowed_one:
        '{{count}} change saved by another user was not imported: only an admin can import it.',
      notSentNotAllowed_other:
        '{{count}} changes saved by other users were not imported: only an admin can import them.',
      notSentOffline_one:
        '{{count}} change saved by another user was not imported: connect to the network and import the file again.',
      notSentOffline_other:
        '{{count}} changes saved by other users were not imported: connect to the network and import the file again.',
      notSentSignedOut_one:
        '{{count}} change saved by another user was not imported: sign in again and import the file again.',
      notSentSignedOut_other:
        '{{count}} changes saved by other users were not imported: sign in again and import the file again.',
      notSentFailed_one: '{{count}} change saved by another user was not imported.',
      notSentFailed_other: '{{count}} changes saved by other users were not imported.',
      failure:
        'The import stopped: {{message}} What reached the server is kept; import the file again to carry on.',
      refusedTitle: 'Refused by the server',
      refusedIntro:
        'The server did not take these changes. They are not lost: the file still holds them, so keep it, and import it again once the cause is fixed.',
      reason: 'Reason',
      savedBy: 'saved {{when}}',
    },
    entity: { patient: 'Patient', episode: 'Episode', eventLog: 'Log entry' },
  },
  sw: {
    export: {
      title: 'Hamisha mabadiliko ambayo hayajasawazishwa',
      intro:
        'Tumia hii wakati kifaa hiki hakiwezi kufikia seva: pakua faili na ulipeleke kwenye kifaa cha mwenzako au kwa msimamizi, ambaye ataliingiza.',
      waiting_one: 'Badiliko {{count}} lililohifadhiwa kwenye kifaa hiki halijafika kwenye seva.',
      waiting_other: 'Mabadiliko {{count}} yaliyohifadhiwa kwenye kifaa hiki hayajafika kwenye seva.',
      refused_one: 'Seva ilikataa {{count}} kati yake; faili lina sababu yake.',
      refused_other: 'Seva ilikataa {{count}} kati yake; faili lina sababu zake.',
      none: 'Hakuna kinachosubiri: kila kilichohifadhiwa kwenye kifaa hiki kimefika kwenye seva, kwa hiyo hakuna cha kuhamisha.',
      download: 'Pakua faili',
      saved:
        'Limehifadhiwa {{fileName}}. Mabadiliko yanabaki pia kwenye kifaa hiki, na bado yataenda kwenye seva kikiunganishwa tena.',
      failed: 'Faili halikuweza kutengenezwa: {{message}}',
    },
    import: {
      title: 'Ingiza faili kutoka kifaa kingine',
      intro:
        'Chagua faili lililohamishwa kwenye kifaa kisichoweza kufikia seva. Mabadiliko yako mwenyewe ndani yake yanatunzwa kwenye kifaa hiki na kusawazishwa kutoka hapa; mabadiliko ya wengine yanahitaji msimamizi na mtandao.',
      fileLabel: 'Faili la uhamisho',
      reading: 'Linasoma faili…',
      bad: 'Faili hili haliwezi kuingizwa: {{reason}} Hakuna kilichobadilishwa.',
      problem: {
        notJson: 'halijakamilika: huenda limekatika, au si faili la uhamisho.',
        notExport: 'si faili la uhamisho la rejista ya upasuaji.',
        formatVersion:
          'ni la muundo wa uhamisho ambao programu hii haiwezi kuusoma; sasisha programu kwanza.',
        duplicate: 'linataja badiliko moja mara mbili, kwa hiyo limebadilishwa.',
        invalid: 'sehemu yake hailingani na muundo wa uhamisho ({{detail}}).',
      },
      summaryTitle: 'Faili lina nini',
      fromDevice: 'Kutoka kifaa',
      exportedBy: 'Limehamishwa na',
      exportedAt: 'Limehamishwa',
      appVersion: 'Toleo la programu',
      versions: 'Mabadiliko kwenye faili',
      alreadyHere: 'Yapo tayari kwenye kifaa hiki',
      yours: 'Mapya, yaliyohifadhiwa na wewe',
      others: 'Mapya, yaliyohifadhiwa na wengine',
      refusedBefore: 'Yaliyokataliwa na seva awali',
      refusedReasons: 'Sababu ambazo seva ilitoa',
      nothingNew:
        'Kila kilicho kwenye faili hili kipo tayari kwenye kifaa hiki: kuliingiza tena hakuongezi kitu.',
      othersNotAllowed_one:
        'Badiliko {{count}} lilihifadhiwa na mtumiaji mwingine: ni msimamizi tu anayeweza kuliingiza, kwa hiyo halitaingizwa hapa. Peleka faili kwa msimamizi.',
      othersNotAllowed_other:
        'Mabadiliko {{count}} yalihifadhiwa na watumiaji wengine: ni msimamizi tu anayeweza kuyaingiza, kwa hiyo hayataingizwa hapa. Peleka faili kwa msimamizi.',
      othersOffline_one:
        'Badiliko {{count}} lilihifadhiwa na mtumiaji mwingine: linaenda moja kwa moja kwenye seva, kwa hiyo unganisha mtandao kwanza. Yako mwenyewe yanaweza kuingizwa sasa.',
      othersOffline_other:
        'Mabadiliko {{count}} yalihifadhiwa na watumiaji wengine: yanaenda moja kwa moja kwenye seva, kwa hiyo unganisha mtandao kwanza. Yako mwenyewe yanaweza kuingizwa sasa.',
      othersSignedOut_one:
        'Badiliko {{count}} lilihifadhiwa na mtumiaji mwingine: ingia tena ili kulituma kwenye seva. Yako mwenyewe yanaweza kuingizwa sasa.',
      othersSignedOut_other:
        'Mabadiliko {{count}} yalihifadhiwa na watumiaji wengine: ingia tena ili kuyatuma kwenye seva. Yako mwenyewe yanaweza kuingizwa sasa.',
      othersWillSend_one:
        'Badiliko {{count}} lililohifadhiwa na mtumiaji mwingine litatumwa kwenye seva kama uingizaji.',
      othersWillSend_other:
        'Mabadiliko {{count}} yaliyohifadhiwa na watumiaji wengine yatatumwa kwenye seva kama uingizaji.',
      button: 'Ingiza',
      importing: 'Inaingiza…',
      doneTitle: 'Uingizaji umekamilika',
      ownAdded_one: 'Badiliko lako {{count}} sasa lipo kwenye kifaa hiki na litasawazishwa kutoka hapa.',
      ownAdded_other: 'Mabadiliko yako {{count}} sasa yapo kwenye kifaa hiki na yatasawazishwa kutoka hapa.',
      ownWaiting_one:
        'Badiliko lako {{count}} linategemea badiliko la mtu mwingine ambalo halikuingizwa: limeachwa kwenye faili.',
      ownWaiting_other:
        'Mabadiliko yako {{count}} yanategemea mabadiliko ya wengine ambayo hayakuingizwa: yameachwa kwenye faili.',
      sentToServer_one: 'Badiliko {{count}} sasa lipo kwenye seva na kwenye kifaa hiki.',
      sentToServer_other: 'Mabadiliko {{count}} sasa yapo kwenye seva na kwenye kifaa hiki.',
      doneAlreadyHere_one: '{{count}} lilikuwa tayari kwenye kifaa hiki.',
      doneAlreadyHere_other: '{{count}} yalikuwa tayari kwenye kifaa hiki.',
      doneAlreadyOnServer_one: '{{count}} lilikuwa tayari kwenye seva.',
      doneAlreadyOnServer_other: '{{count}} yalikuwa tayari kwenye seva.',
      nothingAdded: 'Hakuna kipya kilichoongezwa.',
      notSentNotAllowed_one:
        'Badiliko {{count}} lililohifadhiwa na mtumiaji mwingine halikuingizwa: ni msimamizi tu anayeweza kuliingiza.',
      notSentNotAllowed_other:
        'Mabadiliko {{count}} yaliyohifadhiwa na watumiaji wengine hayakuingizwa: ni msimamizi tu anayeweza kuyaingiza.',
      notSentOffline_one:
        'Badiliko {{count}} lililohifadhiwa na mtumiaji mwingine halikuingizwa: unganisha mtandao na uingize faili tena.',
      notSentOffline_other:
        'Mabadiliko {{count}} yaliyohifadhiwa na watumiaji wengine hayakuingizwa: unganisha mtandao na uingize faili tena.',
      notSentSignedOut_one:
        'Badiliko {{count}} lililohifadhiwa na mtumiaji mwingine halikuingizwa: ingia tena na uingize faili tena.',
      notSentSignedOut_other:
        'Mabadiliko {{count}} yaliyohifadhiwa na watumiaji wengine hayakuingizwa: ingia tena na uingize faili tena.',
      notSentFailed_one: 'Badiliko {{count}} lililohifadhiwa na mtumiaji mwingine halikuingizwa.',
      notSentFailed_other: 'Mabadiliko {{count}} yaliyohifadhiwa na watumiaji wengine hayakuingizwa.',
      failure:
        'Uingizaji umesimama: {{message}} Kilichofika kwenye seva kimetunzwa; ingiza faili tena ili kuendelea.',
      refusedTitle: 'Yamekataliwa na seva',
      refusedIntro:
        'Seva haikuyakubali mabadiliko haya. Hayajapotea: faili bado linayo, kwa hiyo litunze, na uliingize tena chanzo kikisharekebishwa.',
      reason: 'Sababu',
      savedBy: 'lilihifadhiwa {{when}}',
    },
    entity: { patient: 'Mgonjwa', episode: 'Tukio', eventLog: 'Kumbukumbu ya tukio' },
  },
} as const;
