// Words of the printable patient summary (for the paper file). Field labels come from the patient
// and episode word files, so the paper says what the screens say.
export const print = {
  en: {
    open: 'Print summary',
    title: 'Patient summary: {{name}}',
    print: 'Print',
    back: 'Back to the patient',
    printedBy: 'Printed {{when}} by {{name}}, from the records on this device.',
    operations_one: 'Operations ({{count}})',
    operations_other: 'Operations ({{count}})',
    noOperations: 'No operation recorded.',
    noFollowOns: 'No discharge or follow-up recorded for this operation.',
    unlinked: 'Discharges and follow-ups without their operation',
    unlinkedHint: 'Their operation is deleted, or not on this device.',
    notSynced: 'not yet synced',
    notes: {
      deleted: 'This patient record is deleted.',
      merged: 'This patient record was merged into another patient, a duplicate of it.',
      conflicts_one:
        '{{count}} record printed here has versions in conflict: the latest version is printed, and a coordinator will decide what to keep.',
      conflicts_other:
        '{{count}} records printed here have versions in conflict: the latest version of each is printed, and a coordinator will decide what to keep.',
      unsynced_one:
        '{{count}} record printed here has changes not yet synced: the server and other devices do not have them yet.',
      unsynced_other:
        '{{count}} records printed here have changes not yet synced: the server and other devices do not have them yet.',
    },
  },
  sw: {
    open: 'Chapisha muhtasari',
    title: 'Muhtasari wa mgonjwa: {{name}}',
    print: 'Chapisha',
    back: 'Rudi kwa mgonjwa',
    printedBy: 'Umechapishwa {{when}} na {{name}}, kutoka kumbukumbu zilizo kwenye kifaa hiki.',
    operations_one: 'Upasuaji ({{count}})',
    operations_other: 'Upasuaji ({{count}})',
    noOperations: 'Hakuna upasuaji ulioandikwa.',
    noFollowOns: 'Hakuna kuruhusiwa wala ufuatiliaji ulioandikwa kwa upasuaji huu.',
    unlinked: 'Kuruhusiwa na ufuatiliaji bila upasuaji wake',
    unlinkedHint: 'Upasuaji wake umefutwa, au haupo kwenye kifaa hiki.',
    notSynced: 'bado haijasawazishwa',
    notes: {
      deleted: 'Kumbukumbu ya mgonjwa huyu imefutwa.',
      merged: 'Kumbukumbu ya mgonjwa huyu imeunganishwa kwenye mgonjwa mwingine, kwa kuwa ni nakala yake.',
      conflicts_one:
        'Kumbukumbu {{count}} iliyochapishwa hapa ina matoleo yenye mgongano: toleo la karibuni limechapishwa, na mratibu ataamua lipi libaki.',
      conflicts_other:
        'Kumbukumbu {{count}} zilizochapishwa hapa zina matoleo yenye mgongano: toleo la karibuni la kila moja limechapishwa, na mratibu ataamua lipi libaki.',
      unsynced_one:
        'Kumbukumbu {{count}} iliyochapishwa hapa ina mabadiliko ambayo bado hayajasawazishwa: seva na vifaa vingine bado havina.',
      unsynced_other:
        'Kumbukumbu {{count}} zilizochapishwa hapa zina mabadiliko ambayo bado hayajasawazishwa: seva na vifaa vingine bado havina.',
    },
  },
} as const;
