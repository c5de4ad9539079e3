// Names and places as they appear on Tanzanian hospital files, enough of them that 50,000 patients
// have realistic overlaps (many Juma, many Mwakyusa) without being all alike, as search meets them.
// Written as one string each to keep the lists readable; split once when the module loads.

const list = (text: string, separator: string | RegExp = /\s+/) => text.trim().split(separator);

export const MALE_NAMES = list(`Juma Baraka Amani Jumanne Shabani Tumaini Rajabu Faraji Zuberi Mohamed Ally
Hassan Hussein Ibrahim Abdallah Said Salum Rashid Omari Ramadhani Bakari Issa Hamisi Athumani Selemani
Joseph John Peter Emmanuel Daniel Elias Godfrey Paulo Yohana Petro Frank Michael Richard Samwel Erasto`);

export const FEMALE_NAMES = list(`Rehema Neema Upendo Zawadi Mwanaisha Halima Mwajuma Amina Zainabu Fatuma
Asha Mariamu Saida Tatu Grace Esther Agnes Anna Joyce Happiness Elizabeth Rose Sophia Lucy Witness
Editha Veronica Prisca Janeth Modesta`);

export const SURNAMES = list(`Masanja Mabula Shija Kulwa Doto Ngassa Nkwabi Maduhu Mayala Massawe Lyimo
Mushi Shirima Kimaro Temu Swai Minja Mallya Urassa Tarimo Mwakyusa Mwakalinga Mwasomola Kyando Mbilinyi
Sanga Mgaya Kihwele Nyalusi Mrema Mollel Laizer Sumari Kaaya Mbwambo Shemdoe Kombo Mnyampala Chande
Mussa Mfinanga Magesa Wambura Chacha Marwa Nyerere Mtei Kapinga Haule Komba Ndunguru Mapunda Nchimbi
Lupembe Msuya Kweka Kitundu Makame Bakari`);

export const PLACES = list(
  `Kisesa, Magu; Bujora, Magu; Igoma, Nyamagana; Buhongwa, Nyamagana; Kiloleli, Ilemela; Marangu, Moshi;
Kibosho, Moshi; Machame, Hai; Usa River, Arumeru; Ngarenanyuki, Arumeru; Tukuyu, Rungwe; Kiwira, Rungwe;
Ipinda, Kyela; Mbalizi, Mbeya; Iyunga, Mbeya; Mlandizi, Kibaha; Chalinze, Bagamoyo; Kigamboni, Temeke;
Mbagala, Temeke; Tandale, Kinondoni; Songea; Peramiho, Songea; Mbinga; Musoma; Tarime; Shinyanga; Kahama;
Geita; Bukoba`,
  /\s*;\s*/,
);

export const PHONE_PREFIXES = list('0754 0755 0765 0767 0713 0715 0784 0787 0744 0622 0688 0652');

export const PHONE_COMMENTS = list('own son daughter husband wife neighbour brother');

export const NOTES = [
  'Referred from the district hospital.',
  'Diabetic, on metformin.',
  'Hypertensive, on amlodipine.',
  'Lives far away; prefers follow-up by phone.',
  'Farmer; carries heavy loads.',
  'Came with his son, who interpreted.',
];

export const SURGERY_COMMENTS = [
  'Lichtenstein repair.',
  'Contents omentum, reduced.',
  'Tolerated local anaesthesia well.',
  'Operated during the surgical camp.',
  'Sac excised, cord structures preserved.',
];
