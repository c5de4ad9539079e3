import type { Role } from '@registry/domain';
import { DAY } from './demo-clock';
import { DEMO_HOSPITALS, type DemoHospitalPlan } from './demo-hospitals';
import { demoIdAt } from './demo-ids';
import { DEMO_STAFF } from './demo-staff';
import type { Random } from './random';

export interface DemoHospital extends DemoHospitalPlan {
  id: string;
}

export interface DemoStaffMember {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  hospitalIds: string[];
  /** Every demo user saves from one device of their own. */
  deviceId: string;
}

export interface DemoDirectory {
  hospitals: DemoHospital[];
  staff: DemoStaffMember[];
}

/** The hospitals and staff, with ids as if set up by an admin a month before the first operation. */
export function demoDirectory(random: Random, setUpAt: number): DemoDirectory {
  const hospitals = DEMO_HOSPITALS.map((plan, i) => ({
    ...plan,
    id: demoIdAt(random, setUpAt + i * 60_000),
  }));
  const idOf = (key: string) => {
    const hospital = hospitals.find((h) => h.key === key);
    if (!hospital) throw new Error(`The demo staff list names an unknown hospital "${key}".`);
    return hospital.id;
  };
  const staff = DEMO_STAFF.map((plan, i) => ({
    id: demoIdAt(random, setUpAt + DAY + i * 60_000),
    username: plan.username,
    fullName: plan.fullName,
    role: plan.role,
    hospitalIds: plan.hospitals.map(idOf),
    deviceId: `demo-${plan.role === 'surgeon' ? 'phone' : 'laptop'}-${plan.username}`,
  }));
  return { hospitals, staff };
}
