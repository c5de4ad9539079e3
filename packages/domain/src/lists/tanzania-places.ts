// Suggestions for a hospital's zone and region: hospitals store them as text, so a place missing
// here (a new region, a camp abroad) can still be recorded; reports group by the stored text.

export const TANZANIA_ZONES = [
  'northern',
  'lake',
  'central',
  'western',
  'eastern',
  'southern',
  'southernHighlands',
  'zanzibar',
] as const;
export type TanzaniaZone = (typeof TANZANIA_ZONES)[number];

/** The 31 regions: 26 on the mainland, then the 5 of Zanzibar (Unguja and Pemba). */
export const TANZANIA_REGIONS = [
  'arusha',
  'darEsSalaam',
  'dodoma',
  'geita',
  'iringa',
  'kagera',
  'katavi',
  'kigoma',
  'kilimanjaro',
  'lindi',
  'manyara',
  'mara',
  'mbeya',
  'morogoro',
  'mtwara',
  'mwanza',
  'njombe',
  'pwani',
  'rukwa',
  'ruvuma',
  'shinyanga',
  'simiyu',
  'singida',
  'songwe',
  'tabora',
  'tanga',
  'kaskaziniPemba',
  'kusiniPemba',
  'kaskaziniUnguja',
  'kusiniUnguja',
  'mjiniMagharibi',
] as const;
export type TanzaniaRegion = (typeof TANZANIA_REGIONS)[number];

/**
 * The zone to suggest once a region is chosen. Groupings differ between ministries (Katavi and
 * Ruvuma especially), which is one more reason the hospital's stored zone wins over this.
 */
export const SUGGESTED_ZONE_OF_REGION: Readonly<Record<TanzaniaRegion, TanzaniaZone>> = {
  arusha: 'northern',
  kilimanjaro: 'northern',
  manyara: 'northern',
  tanga: 'northern',
  geita: 'lake',
  kagera: 'lake',
  mara: 'lake',
  mwanza: 'lake',
  shinyanga: 'lake',
  simiyu: 'lake',
  dodoma: 'central',
  singida: 'central',
  kigoma: 'western',
  tabora: 'western',
  katavi: 'western',
  darEsSalaam: 'eastern',
  morogoro: 'eastern',
  pwani: 'eastern',
  lindi: 'southern',
  mtwara: 'southern',
  ruvuma: 'southern',
  iringa: 'southernHighlands',
  mbeya: 'southernHighlands',
  njombe: 'southernHighlands',
  rukwa: 'southernHighlands',
  songwe: 'southernHighlands',
  kaskaziniPemba: 'zanzibar',
  kusiniPemba: 'zanzibar',
  kaskaziniUnguja: 'zanzibar',
  kusiniUnguja: 'zanzibar',
  mjiniMagharibi: 'zanzibar',
};
