import type { Version } from '@registry/domain';
import { DAY, HOUR } from './demo-clock';
import type { DemoStaffMember } from './demo-directory';
import { type DemoWorld, happened } from './demo-world';
import { respell } from './name-variants';
import type { PatientStory } from './patient-story';
import { randomPhoneDigits, writePhone } from './phones';
import type { StoryPicker } from './story-picker';

export interface DemoConflicts {
  /** Records left with two heads, for the conflicts worklist. */
  open: string[];
  /** Records whose conflict a coordinator resolved, to show in their history. */
  resolved: string[];
}

/**
 * Two surgeons of one hospital each edit the same version of a record while offline: the record
 * then has two heads. A few are resolved by a coordinator afterwards, field by field.
 */
export function addConflicts(
  world: DemoWorld,
  picker: StoryPicker,
  open: number,
  resolved: number,
): DemoConflicts {
  const { random, writer } = world;
  const result: DemoConflicts = { open: [], resolved: [] };
  const stories = picker.take(open + resolved, (story) => happened(world, lastTime(world, story) + 40 * DAY));
  stories.forEach((story, i) => {
    const onPatient = i % 5 < 3;
    const record = onPatient ? story.patient.entityId : firstSurgery(story).entityId;
    const hospitalId = onPatient ? story.hospital.id : firstSurgery(story).data.hospitalId;
    const base = writer.latest(record);
    const [first, second] = random.sample(world.surgeonsAt(String(hospitalId)), 2) as [
      DemoStaffMember,
      DemoStaffMember,
    ];
    const start = Date.parse(base.createdAt);
    const a = writer.edit(
      first,
      start + random.int(1, 15) * DAY + random.int(0, 8) * HOUR,
      base,
      firstEdit(world, base, onPatient),
    );
    const b = writer.edit(
      second,
      start + random.int(1, 15) * DAY + random.int(0, 8) * HOUR,
      base,
      secondEdit(world, base, onPatient),
    );
    if (i < open) {
      result.open.push(record);
      return;
    }
    // Both sides kept: the first edit's data with what the second changed or removed.
    const keys = new Set([...Object.keys(base.data), ...Object.keys(b.data)]);
    const changed = [...keys].filter((key) => JSON.stringify(b.data[key]) !== JSON.stringify(base.data[key]));
    const merged = { ...a.data, ...Object.fromEntries(changed.map((key) => [key, b.data[key]])) };
    const later = Math.max(Date.parse(a.createdAt), Date.parse(b.createdAt)) + random.int(2, 10) * DAY;
    writer.resolve(random.pick(world.coordinators), later, record, merged);
    result.resolved.push(record);
  });
  return result;
}

function firstSurgery(story: PatientStory): Version {
  const operation = story.operations[0];
  if (!operation) throw new Error('Every demo patient has an operation.');
  return operation.surgery;
}

function lastTime(world: DemoWorld, story: PatientStory): number {
  return Math.max(
    Date.parse(world.writer.latest(story.patient.entityId).createdAt),
    Date.parse(world.writer.latest(firstSurgery(story).entityId).createdAt),
  );
}

/** A new phone number, put first: the patient changed SIM cards. */
function firstEdit(world: DemoWorld, base: Version, onPatient: boolean): Record<string, unknown> {
  const { random } = world;
  if (onPatient) {
    const phones = Array.isArray(base.data.phones) ? base.data.phones : [];
    return {
      ...base.data,
      phones: [
        { number: writePhone(random, randomPhoneDigits(random)), comment: 'new number' },
        ...phones,
      ].slice(0, 2),
    };
  }
  const sizes = ['verySmall', 'small', 'medium', 'large', 'veryLarge', 'massive'];
  const size = sizes[Math.min(sizes.indexOf(String(base.data.size)) + 1, sizes.length - 1)] ?? 'medium';
  return { ...base.data, size };
}

/** The name corrected from the patient's card, or the anaesthetic corrected from the theatre book. */
function secondEdit(world: DemoWorld, base: Version, onPatient: boolean): Record<string, unknown> {
  if (onPatient) {
    const words = String(base.data.fullName).split(' ');
    const last = words.length - 1;
    return {
      ...base.data,
      fullName: words.map((word, i) => (i === last ? respell(world.random, word) : word)).join(' '),
    };
  }
  const { anaestheticOther: _other, ...data } = base.data;
  return {
    ...data,
    anaesthetic: base.data.anaesthetic === 'spinal' ? 'local' : 'spinal',
    comments: 'Anaesthetic corrected from the theatre book.',
  };
}
