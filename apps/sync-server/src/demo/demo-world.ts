import { DAY, dayAt, HOUR } from './demo-clock';
import type { DemoDirectory, DemoHospital, DemoStaffMember } from './demo-directory';
import type { DemoWriter } from './demo-writer';
import type { Random } from './random';

/** Everything the story tellers share during one generation (nothing outlives it). */
export interface DemoWorld {
  random: Random;
  /** Epoch ms of "now": nothing happens after it. */
  now: number;
  /** How far back the registry's history goes. */
  days: number;
  writer: DemoWriter;
  directory: DemoDirectory;
  surgeonsAt(hospitalId: string): DemoStaffMember[];
  coordinators: DemoStaffMember[];
  /** Days ago of each hospital's surgical camps, when many operations happen in one week. */
  campDays: ReadonlyMap<string, number[]>;
  /** Phones of patients per hospital, which a relative may give again as their own. */
  familyPhones: Map<string, string[]>;
}

export function createWorld(
  random: Random,
  now: number,
  directory: DemoDirectory,
  writer: DemoWriter,
): DemoWorld {
  const days = 730;
  const campDays = new Map(
    directory.hospitals.map((h) => [h.id, Array.from({ length: 3 }, () => random.int(10, days - 10))]),
  );
  return {
    random,
    now,
    days,
    writer,
    directory,
    surgeonsAt: (hospitalId) =>
      directory.staff.filter((s) => s.role === 'surgeon' && s.hospitalIds.includes(hospitalId)),
    coordinators: directory.staff.filter((s) => s.role === 'coordinator'),
    campDays,
    familyPhones: new Map(),
  };
}

/** A weighted pick of the hospital where a patient is operated. */
export function pickHospital(world: DemoWorld): DemoHospital {
  const weights = Object.fromEntries(world.directory.hospitals.map((h) => [h.id, h.weight]));
  const id = world.random.weighted(weights);
  return world.directory.hospitals.find((h) => h.id === id) as DemoHospital;
}

/** The time of an operation: in theatre hours, on a past day, a third of them during a camp. */
export function operationTime(world: DemoWorld, hospital: DemoHospital): number {
  const { random } = world;
  const camps = world.campDays.get(hospital.id) ?? [];
  const daysAgo =
    random.chance(0.3) && camps.length > 0
      ? random.pick(camps) - random.int(0, 4)
      : random.int(1, world.days);
  return dayAt(world.now - daysAgo * DAY, 0, 5 + random.next() * 8);
}

/** Whether something that happens at `at` has happened by now (with time left to type it in). */
export function happened(world: DemoWorld, at: number): boolean {
  return at <= world.now - HOUR;
}

export function otherThan<T>(random: Random, items: readonly T[], not: T): T | undefined {
  const others = items.filter((item) => item !== not);
  return others.length > 0 ? random.pick(others) : undefined;
}
