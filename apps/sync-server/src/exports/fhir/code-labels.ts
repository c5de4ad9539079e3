// English words for the domain's codes, for the text of FHIR CodeableConcepts and notes that another
// health system's staff will read. The web app owns the labels people see on screen; these are for
// interchange only, and any code without an entry here is spelled out from its camelCase.

const LABELS: Readonly<Record<string, string>> = {
  // complications
  urinaryRetention: 'urinary retention',
  returnToTheatre: 'return to theatre',
  // mesh types
  tnmhp: 'TNMHP mesh',
  kcmcNorthumbria: 'KCMC/Northumbria generic mesh',
  herniaInternational: 'Hernia International mesh',
  commercial: 'commercial mesh',
  // sizes, in the surgeon's fingers across the defect
  verySmall: 'very small (<1 finger)',
  small: 'small (1–2 fingers)',
  medium: 'medium (2–3 fingers)',
  large: 'large (3–4 fingers)',
  veryLarge: 'very large (>4 fingers)',
  massive: 'massive (beyond mid-thigh)',
  // anaesthetics and antibiotic timings
  generalKetamine: 'general (ketamine)',
  generalIntubation: 'general (intubation)',
  ivBeforeSurgery: 'IV before surgery',
  iv24h: '+24 h IV',
  oral24h: '+24 h oral',
  iv48h: '+48 h IV',
  oral48h: '+48 h oral',
  // other lists
  notApplicable: 'not applicable',
  reRecurrent: 're-recurrent',
  meshAwareness: 'mesh awareness',
  furtherSurgeryNeeded: 'further surgery needed',
};

/** "returnToTheatre" → "return to theatre". */
export function codeLabel(code: string): string {
  return LABELS[code] ?? code.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
