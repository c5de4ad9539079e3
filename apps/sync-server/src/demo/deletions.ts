import { DAY, eastAfricanDateTime, HOUR, MINUTE } from './demo-clock';
import { type DemoWorld, happened, otherThan } from './demo-world';
import type { StoryPicker } from './story-picker';

/**
 * Three mistakes put right by deleting, so admins have something to restore: a patient saved twice
 * within minutes, an operation typed in again by a colleague, a ward note put on the wrong patient.
 */
export function addDeletions(world: DemoWorld, picker: StoryPicker): string[] {
  const { random, writer } = world;
  const old = (days: number) => (story: { patient: { createdAt: string } }) =>
    happened(world, Date.parse(story.patient.createdAt) + days * DAY);
  const deleted: string[] = [];

  for (const story of picker.take(1, old(2))) {
    const savedAt = Date.parse(story.patient.createdAt) + random.int(3, 8) * MINUTE;
    const again = writer.create(story.registeredBy, savedAt, 'patient', story.patient.data);
    writer.softDelete(story.registeredBy, savedAt + random.int(10, 20) * MINUTE, again);
    deleted.push(again.entityId);
  }

  for (const story of picker.take(1, old(10))) {
    const operation = story.operations[0];
    if (!operation) continue;
    const colleague =
      otherThan(random, world.surgeonsAt(operation.hospital.id), operation.surgeon) ?? operation.surgeon;
    const typedAt = Date.parse(operation.surgery.createdAt) + random.int(1, 3) * DAY;
    const again = writer.create(
      colleague,
      typedAt,
      'episode',
      writer.latest(operation.surgery.entityId).data,
    );
    writer.softDelete(colleague, typedAt + random.int(1, 4) * HOUR, again);
    deleted.push(again.entityId);
  }

  for (const story of picker.take(1, old(2))) {
    const operation = story.operations[0];
    if (!operation) continue;
    const at = operation.operatedAt + random.int(3, 6) * HOUR;
    const note = writer.create(operation.surgeon, at, 'eventLog', {
      kind: 'note',
      episodeId: operation.surgery.entityId,
      patientId: story.patient.entityId,
      hospitalId: operation.hospital.id,
      at: eastAfricanDateTime(at),
      text: 'Catheter removed, passed urine.',
    });
    writer.softDelete(operation.surgeon, at + random.int(15, 40) * MINUTE, note);
    deleted.push(note.entityId);
  }
  return deleted;
}
