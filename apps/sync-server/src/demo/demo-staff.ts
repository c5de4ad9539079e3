import type { Role } from '@registry/domain';

/** The one password of every demo account: printed at start, so it must never guard real data. */
export const DEMO_PASSWORD = 'registry-demo';

export interface DemoStaffPlan {
  username: string;
  fullName: string;
  role: Role;
  /** Keys of DEMO_HOSPITALS; coordinators and admins work at every hospital without any. */
  hospitals: readonly string[];
}

// `admin`, `coordinator` and `surgeon` are the logins to try first; `surgeon` works at two
// hospitals, to show what membership of several looks like. Every hospital has two surgeons or
// more, so that two of them can edit one record and make a conflict.
export const DEMO_STAFF: readonly DemoStaffPlan[] = [
  { username: 'admin', fullName: 'Rehema Kisanga', role: 'admin', hospitals: [] },
  { username: 'i.temba', fullName: 'Ibrahim Temba', role: 'admin', hospitals: [] },
  { username: 'coordinator', fullName: 'Halima Mzee', role: 'coordinator', hospitals: [] },
  { username: 'd.mollel', fullName: 'Daniel Mollel', role: 'coordinator', hospitals: [] },
  { username: 'surgeon', fullName: 'Baraka Masanja', role: 'surgeon', hospitals: ['bugando', 'sengerema'] },
  { username: 'g.mabula', fullName: 'Grace Mabula', role: 'surgeon', hospitals: ['bugando'] },
  { username: 'p.shija', fullName: 'Peter Shija', role: 'surgeon', hospitals: ['sengerema', 'bugando'] },
  { username: 'e.massawe', fullName: 'Emmanuel Massawe', role: 'surgeon', hospitals: ['kcmc'] },
  { username: 'u.lyimo', fullName: 'Upendo Lyimo', role: 'surgeon', hospitals: ['kcmc', 'haydom'] },
  { username: 'j.qamara', fullName: 'Joseph Qamara', role: 'surgeon', hospitals: ['haydom'] },
  { username: 'a.mwakyusa', fullName: 'Amani Mwakyusa', role: 'surgeon', hospitals: ['mbeya'] },
  { username: 't.kyando', fullName: 'Tumaini Kyando', role: 'surgeon', hospitals: ['mbeya'] },
  { username: 'm.chilongani', fullName: 'Mohamed Chilongani', role: 'surgeon', hospitals: ['dodoma'] },
  { username: 'n.mazengo', fullName: 'Neema Mazengo', role: 'surgeon', hospitals: ['dodoma', 'maweni'] },
  { username: 'k.othman', fullName: 'Khamis Othman', role: 'surgeon', hospitals: ['mnaziMmoja'] },
  { username: 'f.said', fullName: 'Fatma Said', role: 'surgeon', hospitals: ['mnaziMmoja'] },
  { username: 'j.bigirimana', fullName: 'Jumanne Bigirimana', role: 'surgeon', hospitals: ['maweni'] },
];
