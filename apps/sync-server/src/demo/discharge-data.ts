import type { DischargeEpisodeData } from '@registry/domain';
import type { PostOperative } from './complications';
import type { Random } from './random';

export interface DischargeInput {
  patientId: string;
  hospitalId: string;
  surgeryEpisodeId: string;
  date: string;
  outcome: PostOperative;
  attendeeId: string;
}

const COMMENTS = [
  'Wound clean and dry.',
  'Advised no heavy lifting for six weeks.',
  'Review in the surgical clinic in six weeks.',
  'Walking well, pain controlled with paracetamol.',
];

export function dischargeData(random: Random, input: DischargeInput): DischargeEpisodeData {
  const { complications, infected, died } = input.outcome;
  const antibiotics = died ? 'no' : infected || random.chance(0.35) ? 'yes' : 'no';
  return {
    type: 'discharge',
    patientId: input.patientId,
    hospitalId: input.hospitalId,
    date: input.date,
    surgeryEpisodeId: input.surgeryEpisodeId,
    attendeeIds: [input.attendeeId],
    anyComplications: complications.length > 0 ? 'yes' : random.chance(0.04) ? 'unknown' : 'no',
    complications: complications.length > 0 ? complications : undefined,
    antibioticsOnDischarge: antibiotics,
    antibioticsIvDays: antibiotics === 'yes' ? random.pick([0, 0, 0, 1, 1, 2]) : undefined,
    antibioticsOralDays: antibiotics === 'yes' ? random.int(3, 7) : undefined,
    comments: died
      ? 'Died on the ward; family informed.'
      : random.chance(0.15)
        ? random.pick(COMMENTS)
        : undefined,
  };
}
