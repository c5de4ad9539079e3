import { liveEntry } from './data-entry';
import { DAY, HOUR, MINUTE } from './demo-clock';
import type { DemoHospital } from './demo-directory';
import { type DemoWorld, happened } from './demo-world';
import { nameVariant, type VariantKind } from './name-variants';
import { recordFollowUp } from './operation-story';
import { patientData } from './patient-data';
import type { PatientStory } from './patient-story';
import type { StoryPicker } from './story-picker';

export interface DuplicatePair {
  originalId: string;
  duplicateId: string;
  variant: VariantKind;
  /** Set when a coordinator has already merged the duplicate into the original. */
  merged: boolean;
}

/**
 * The same person registered a second time, by someone who did not find the first record: a name
 * written another way, an age given differently, often the same phone. Some came back for their
 * follow-up and had it recorded under the new record.
 */
export function addDuplicates(
  world: DemoWorld,
  picker: StoryPicker,
  open: number,
  merged: number,
): DuplicatePair[] {
  const { random, writer } = world;
  const stories = picker.take(
    open + merged,
    (story) =>
      story.person.phone !== undefined &&
      happened(world, story.operations[0]?.operatedAt ?? 0) &&
      happened(world, Date.parse(story.patient.createdAt) + 60 * DAY),
  );
  const pairs = stories.map((story): DuplicatePair => {
    const first = story.operations[0];
    const atFollowUp =
      first?.discharge && !first.followUp && happened(world, first.followUpAt + DAY) && random.chance(0.6);
    const hospital = atFollowUp ? story.hospital : nearbyHospital(world, story.hospital);
    const registeredAt =
      atFollowUp && first ? first.followUpAt - random.int(20, 60) * MINUTE : laterVisit(world, story);
    const surgeon = first && atFollowUp ? first.surgeon : random.pick(world.surgeonsAt(hospital.id));
    const variant = nameVariant(random, story.person.name);
    const data = patientData(random, story.person, {
      hospital,
      at: registeredAt,
      name: variant.name,
      ageError: random.pick([-2, -1, 1, 2]),
    });
    const duplicate = writer.create(surgeon, registeredAt, 'patient', data);
    if (atFollowUp && first) {
      recordFollowUp(world, {
        patientId: duplicate.entityId,
        hospital,
        surgeon,
        entryOf: liveEntry,
        surgery: first.surgery.entityId,
        at: first.followUpAt,
        recurred: false,
        infected: first.outcome.infected,
      });
    }
    return {
      originalId: story.patient.entityId,
      duplicateId: duplicate.entityId,
      variant: variant.kind,
      merged: false,
    };
  });
  // The coordinator has already found and merged the first few.
  for (const pair of pairs.slice(0, merged)) {
    const last = Date.parse(writer.latest(pair.duplicateId).createdAt);
    const at = Math.min(last + random.int(2, 20) * DAY, world.now - 2 * HOUR);
    writer.merge(
      random.pick(world.coordinators),
      Math.max(at, last + HOUR),
      pair.duplicateId,
      pair.originalId,
    );
    pair.merged = true;
  }
  return pairs;
}

/** Mostly the same hospital; sometimes another in the same zone, where the first record is not seen by that surgeon. */
function nearbyHospital(world: DemoWorld, hospital: DemoHospital): DemoHospital {
  const nearby = world.directory.hospitals.filter((h) => h.zone === hospital.zone && h !== hospital);
  return nearby.length > 0 && world.random.chance(0.3) ? world.random.pick(nearby) : hospital;
}

/** A return visit between three weeks and a year after the first registration, and before now. */
function laterVisit(world: DemoWorld, story: PatientStory): number {
  const first = Date.parse(story.patient.createdAt);
  const latest = Math.min(first + 365 * DAY, world.now - 2 * DAY);
  return first + 21 * DAY + Math.floor(world.random.next() * Math.max(0, latest - first - 21 * DAY));
}
