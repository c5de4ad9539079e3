import type { Entity, Problem } from '@registry/domain';

const RECORD_WORDS: Record<Entity, string> = {
  patient: 'patient',
  episode: 'episode',
  eventLog: 'log entry',
};

/** Why a pushed version was refused, in words for the person whose device holds it. */
export const REASONS = {
  idClash:
    'The server already holds a different version with this id. Keep this device’s data and ask an admin to look at it.',
  twoInOnePush: 'This push held two different versions with the same id; neither was accepted.',
  foreignParent:
    'This version names a parent that belongs to another record, so it cannot be placed in a history.',
  recreated:
    'A record with this id already exists on the server; a second first version of it cannot be accepted.',
  parentRefused: (parentId: string) =>
    `It is based on version ${parentId}, which was refused; deal with that one first and this one will follow.`,
  unknownParent: (parentId: string) =>
    `It is based on version ${parentId}, which the server does not have. Send that version first (sync again).`,
};

export function dataProblemsReason(entity: Entity, problems: readonly Problem[]): string {
  const list = problems.map((p) => p.message).join(' ');
  return `This ${RECORD_WORDS[entity]} cannot be accepted as saved: ${list}`;
}
