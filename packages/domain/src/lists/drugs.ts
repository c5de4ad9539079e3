/**
 * Drugs commonly given around hernia surgery in Tanzanian district hospitals (anaesthesia,
 * antibiotics, analgesia, fluids), by generic name. Anything else is `other` with its name in
 * the log entry's `drugOther`, so the list can stay short enough to pick from on a phone.
 */
export const DRUGS = [
  // Local and regional anaesthesia
  'lidocaine',
  'lidocaineWithAdrenaline',
  'bupivacaine',
  'bupivacaineHeavy',
  // General anaesthesia and resuscitation
  'ketamine',
  'thiopental',
  'propofol',
  'suxamethonium',
  'diazepam',
  'midazolam',
  'atropine',
  'adrenaline',
  'ephedrine',
  // Antibiotics
  'ceftriaxone',
  'ampicillin',
  'amoxicillin',
  'amoxicillinClavulanate',
  'cloxacillin',
  'gentamicin',
  'metronidazole',
  'ciprofloxacin',
  'doxycycline',
  // Analgesia and antiemetics
  'paracetamol',
  'ibuprofen',
  'diclofenac',
  'tramadol',
  'pethidine',
  'morphine',
  'metoclopramide',
  'promethazine',
  // Fluids
  'normalSaline',
  'ringersLactate',
  'dextrose5',
  'other',
] as const;
export type Drug = (typeof DRUGS)[number];
