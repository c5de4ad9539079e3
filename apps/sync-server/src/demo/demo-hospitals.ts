import type { TanzaniaRegion, TanzaniaZone } from '@registry/domain';
import type { Random } from './random';
import type { PeopleGroup } from './surnames';

/** A hospital of the demo, with what its patients tend to be called and where they come from. */
export interface DemoHospitalPlan {
  key: string;
  name: string;
  address: string;
  region: TanzaniaRegion;
  zone: TanzaniaZone;
  /** Share of the demo's patients operated here. */
  weight: number;
  people: PeopleGroup;
  /** Chance that a patient here has a Muslim (Arabic) name rather than a Christian or Swahili one. */
  muslimShare: number;
  /** Villages and districts around the hospital, as "village, district". */
  places: readonly string[];
  /** How this hospital writes its file numbers; each hospital has its own habit. */
  hospitalNumber(random: Random, year: number): string;
}

const digits = (random: Random, count: number) =>
  Array.from({ length: count }, () => random.int(0, 9)).join('');
const yy = (year: number) => String(year % 100).padStart(2, '0');

// Real hospitals that do mesh hernia repair, with their real region and the zone the domain suggests.
export const DEMO_HOSPITALS: readonly DemoHospitalPlan[] = [
  {
    key: 'bugando',
    name: 'Bugando Medical Centre',
    address: 'Wurzburg Road, Nyamagana, Mwanza',
    region: 'mwanza',
    zone: 'lake',
    weight: 20,
    people: 'sukuma',
    muslimShare: 0.3,
    places: [
      'Igoma, Nyamagana',
      'Kisesa, Magu',
      'Buswelu, Ilemela',
      'Misungwi',
      'Ngudu, Kwimba',
      'Nansio, Ukerewe',
      'Kishiri, Nyamagana',
    ],
    hospitalNumber: (random, year) => `BMC/${yy(year)}/${digits(random, 5)}`,
  },
  {
    key: 'kcmc',
    name: 'Kilimanjaro Christian Medical Centre',
    address: 'Sokoine Road, Moshi, Kilimanjaro',
    region: 'kilimanjaro',
    zone: 'northern',
    weight: 16,
    people: 'chagga',
    muslimShare: 0.2,
    places: [
      'Marangu, Moshi Rural',
      'Machame, Hai',
      'Mwika, Moshi Rural',
      'Rombo Mkuu, Rombo',
      'Same',
      'Mwanga',
      'Kibosho, Moshi Rural',
    ],
    hospitalNumber: (random) => `KC-${digits(random, 6)}`,
  },
  {
    key: 'mbeya',
    name: 'Mbeya Zonal Referral Hospital',
    address: 'Hospital Hill Road, Mbeya',
    region: 'mbeya',
    zone: 'southernHighlands',
    weight: 14,
    people: 'nyakyusa',
    muslimShare: 0.2,
    places: [
      'Iyunga, Mbeya Urban',
      'Mbalizi, Mbeya Rural',
      'Tukuyu, Rungwe',
      'Kyela',
      'Chunya',
      'Igurusi, Mbarali',
    ],
    hospitalNumber: (random) => `MZRH ${digits(random, 5)}`,
  },
  {
    key: 'haydom',
    name: 'Haydom Lutheran Hospital',
    address: 'Haydom, Mbulu District, Manyara',
    region: 'manyara',
    zone: 'northern',
    weight: 12,
    people: 'iraqw',
    muslimShare: 0.15,
    places: [
      'Haydom, Mbulu',
      'Dongobesh, Mbulu',
      'Basotu, Hanang',
      'Katesh, Hanang',
      'Yaeda Chini, Mbulu',
      'Babati',
    ],
    hospitalNumber: (random, year) => `HLH-${year}-${digits(random, 4)}`,
  },
  {
    key: 'sengerema',
    name: 'Sengerema Designated District Hospital',
    address: 'Sengerema, Mwanza',
    region: 'mwanza',
    zone: 'lake',
    weight: 12,
    people: 'sukuma',
    muslimShare: 0.25,
    places: [
      'Nyehunge, Sengerema',
      'Kahunda, Sengerema',
      'Katunguru, Sengerema',
      'Buchosa',
      'Nyamatongo, Sengerema',
    ],
    hospitalNumber: (random, year) => `SDDH/${digits(random, 4)}/${yy(year)}`,
  },
  {
    key: 'dodoma',
    name: 'Dodoma Regional Referral Hospital',
    address: 'Hospital Road, Dodoma',
    region: 'dodoma',
    zone: 'central',
    weight: 10,
    people: 'gogo',
    muslimShare: 0.45,
    places: ['Chamwino', 'Kongwa', 'Mpwapwa', 'Bahi', 'Makole, Dodoma Urban', 'Kondoa'],
    hospitalNumber: (random) => `DRRH ${digits(random, 6)}`,
  },
  {
    key: 'mnaziMmoja',
    name: 'Mnazi Mmoja Hospital',
    address: 'Kaunda Road, Stone Town, Zanzibar',
    region: 'mjiniMagharibi',
    zone: 'zanzibar',
    weight: 8,
    people: 'zanzibari',
    muslimShare: 0.95,
    places: [
      'Mwanakwerekwe, Magharibi',
      'Stone Town, Mjini',
      'Kiembe Samaki, Magharibi',
      'Bububu, Magharibi',
      'Mkokotoni, Kaskazini A',
      'Makunduchi, Kusini',
    ],
    hospitalNumber: (random) => `MM/${digits(random, 5)}`,
  },
  {
    key: 'maweni',
    name: 'Maweni Regional Referral Hospital',
    address: 'Maweni, Kigoma-Ujiji, Kigoma',
    region: 'kigoma',
    zone: 'western',
    weight: 8,
    people: 'ha',
    muslimShare: 0.45,
    places: ['Mwandiga, Kigoma Rural', 'Ujiji, Kigoma Urban', 'Kasulu', 'Kibondo', 'Uvinza', 'Kakonko'],
    hospitalNumber: (random) => `MRRH-${digits(random, 5)}`,
  },
];
