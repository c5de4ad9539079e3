import type { Version } from '@registry/domain';
import { laterCase, planCase } from './case-plan';
import { backlogEntry, type EntryOf, liveEntry } from './data-entry';
import { DAY, dayAt, MINUTE } from './demo-clock';
import type { DemoHospital, DemoStaffMember } from './demo-directory';
import { type DemoWorld, happened, operationTime, pickHospital } from './demo-world';
import { type OperationStory, tellOperation } from './operation-story';
import { patientData } from './patient-data';
import { type Person, randomPerson } from './person';

export interface PatientStory {
  person: Person;
  hospital: DemoHospital;
  patient: Version;
  registeredBy: DemoStaffMember;
  operations: OperationStory[];
}

/** One patient from registration to their last follow-up: one operation, now and then two. */
export function tellPatientStory(world: DemoWorld): PatientStory {
  const { random, writer } = world;
  const hospital = pickHospital(world);
  const plan = planCase(random);
  const operatedAt = operationTime(world, hospital);
  const surgeon = random.pick(world.surgeonsAt(hospital.id));
  const person = randomPerson(random, hospital, {
    sex: plan.sex,
    age: plan.age,
    at: operatedAt,
    familyPhone: familyPhone(world, hospital),
  });
  if (person.phone)
    world.familyPhones.set(hospital.id, [...(world.familyPhones.get(hospital.id) ?? []), person.phone]);

  const entryOf = pickEntry(world, operatedAt);
  const registration = entryOf(surgeon, operatedAt - random.int(20, 180) * MINUTE);
  const data = patientData(random, person, { hospital, at: registration.at });
  const patient = writer.create(registration.author, registration.at, 'patient', data);
  const first = tellOperation(world, {
    patientId: patient.entityId,
    hospital,
    plan,
    operatedAt,
    surgeon,
    entryOf,
  });
  const operations = [first];

  const ageLater = (at: number) => plan.age + Math.floor((at - operatedAt) / (365 * DAY));
  const unilateral = plan.site === 'inguinal' && (plan.side === 'left' || plan.side === 'right');
  const nextAt = first.recurred
    ? dayAt(first.followUpAt, random.int(60, 200), 5 + random.next() * 8)
    : unilateral && random.chance(0.05)
      ? dayAt(operatedAt, random.int(120, 500), 5 + random.next() * 8)
      : undefined;
  if (nextAt !== undefined && !first.outcome.died && happened(world, nextAt + DAY)) {
    const later = laterCase(random, plan, first.recurred, ageLater(nextAt));
    operations.push(
      tellOperation(world, {
        patientId: patient.entityId,
        hospital,
        plan: later,
        operatedAt: nextAt,
        surgeon: random.pick(world.surgeonsAt(hospital.id)),
        entryOf: liveEntry,
        previousRepair: first.recurred ? 'mesh' : undefined,
      }),
    );
  }
  return { person, hospital, patient, registeredBy: registration.author, operations };
}

/** A few patients share a relative's phone with another patient of the same hospital. */
function familyPhone(world: DemoWorld, hospital: DemoHospital): string | undefined {
  const known = world.familyPhones.get(hospital.id) ?? [];
  return known.length > 0 && world.random.chance(0.07) ? world.random.pick(known) : undefined;
}

/** Most operations are recorded by the surgeon on the day; a few come from a paper backlog. */
function pickEntry(world: DemoWorld, operatedAt: number): EntryOf {
  const { random } = world;
  const enteredAt = dayAt(operatedAt, random.int(15, 40), 6 + random.next() * 8);
  const coordinator = random.pick(world.coordinators);
  return random.chance(0.06) && happened(world, enteredAt + DAY)
    ? backlogEntry(coordinator, enteredAt)
    : liveEntry;
}
