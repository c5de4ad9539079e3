// Why: the labelled registrations must be named as Tanzanian clinics name people — Swahili, Arabic
// and Christian names, a few of them very common — or a scorer tuned on them would learn nothing
// about "Mohamed Juma" being weak evidence. Used by test-registrations.ts only.

/** Splits a list written as one line of words (a long list one name a line would hide the data). */
const words = (line: string): readonly string[] => line.trim().split(/\s+/);

/**
 * Given names, commonest first: registrations pick them with weight 1/√rank, so Mohamed or Rehema
 * is about six times as frequent as the rarest names, as in a clinic's register.
 */
export const MALE_NAMES = words(`
  Mohamed Juma Hamisi Ali Hassan John Said Joseph Omar Rashidi Hussein Abdallah Ramadhani Yusuf
  Shabani Ibrahim Athumani Salim Peter Emmanuel Baraka Musa Bakari Daudi Issa Paulo Michael
  Christopher Jumanne Idrisa Godfrey Frank Elias Amosi Stephano Kassim Selemani Mussa
`);

export const FEMALE_NAMES = words(`
  Rehema Fatuma Neema Mwanaisha Amina Zawadi Halima Mariam Grace Asha Elizabeth Esther Upendo
  Anna Agnes Saida Zainabu Joyce Happiness Tumaini Rose Subira Mwajuma Khadija Salma Pendo Lucy
  Winfrida Modesta
`);

/**
 * Family names, picked evenly: Chagga, Sukuma, Kurya, Nyakyusa and coastal names, and father's
 * names used as surnames (Hamisi, Said), which are also given names and so meet given names.
 */
export const SURNAMES = words(`
  Mwakyusa Mushi Kimaro Massawe Mrema Lyimo Swai Temba Ngowi Mollel Laizer Kweka Minja Shirima
  Mfinanga Komba Ngonyani Haule Mbwambo Kisanga Nyirenda Mwamba Chande Mapunda Kapinga Mallya
  Urio Msuya Kileo Tarimo Ndossi Magesa Mwita Chacha Wambura Marwa Masanja Mahenge Mwakalinga
  Mwasomola Kalinga Nyamwiza Lukumay Sanga Kiwelu Hamisi Said Juma Ally Bakari Rashidi Athumani
  Salim Mohamed
`);

/** Canonical spelling → other spellings clerks write for the same name. */
export const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Mohamed: ['Mohammed', 'Muhammad', 'Mohamad', 'Muhamadi'],
  Hamisi: ['Khamis', 'Hamis'],
  Rehema: ['Rehma'],
  Fatuma: ['Fatma', 'Fatumah'],
  Hussein: ['Husein', 'Hussain', 'Husseini'],
  Abdallah: ['Abdalla', 'Abdullah'],
  Said: ['Saidi', 'Sayid'],
  Yusuf: ['Yusufu', 'Yussuf'],
  Ali: ['Ally', 'Alli'],
  Mwanaisha: ['Mwanaasha'],
  Elizabeth: ['Elisabeth', 'Elizabeti'],
  Christopher: ['Kristofa', 'Christofa'],
  Grace: ['Gresi'],
  Esther: ['Esta'],
  Halima: ['Halimah'],
  Amina: ['Aminah'],
  Mariam: ['Maryam', 'Mariamu'],
  Omar: ['Umar', 'Omari'],
  Hassan: ['Hasani', 'Hassani'],
  Ibrahim: ['Ibrahimu', 'Ebrahim'],
  Ramadhani: ['Ramadhan', 'Ramadan'],
  Shabani: ['Shaban'],
  Athumani: ['Athuman', 'Othman'],
  Rashidi: ['Rashid'],
  Michael: ['Mikaeli'],
  Zawadi: ['Zawad'],
  Salim: ['Salimu', 'Saleem'],
};
