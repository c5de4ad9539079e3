import type { FollowUpEpisodeData, TriState } from '@registry/domain';
import type { Random } from './random';

export interface FollowUpInput {
  patientId: string;
  hospitalId: string;
  surgeryEpisodeId: string;
  date: string;
  attendeeId: string;
  /** Decided by the story, since a recurrence brings the patient back to theatre. */
  recurrence: boolean;
  /** The wound was infected before discharge. */
  infected: boolean;
}

const finding = (random: Random, yes: number): TriState =>
  random.weighted({ yes, no: 100 - yes - 4, unknown: 4 });

/** A review six to twelve weeks after the operation; most are well. */
export function followUpData(random: Random, input: FollowUpInput): FollowUpEpisodeData {
  const pain = random.weighted({ none: 55, minimal: 20, mild: 14, moderate: 8, severe: 3 });
  const meshAwareness = finding(random, 8);
  const infection = input.infected ? 'yes' : finding(random, 2);
  const seroma = finding(random, 5);
  const numbness = finding(random, 9);
  const recurrence = input.recurrence ? 'yes' : random.weighted({ no: 96, unknown: 4 });
  return {
    type: 'followUp',
    patientId: input.patientId,
    hospitalId: input.hospitalId,
    date: input.date,
    surgeryEpisodeId: input.surgeryEpisodeId,
    attendeeIds: [input.attendeeId],
    pain,
    painComment:
      pain === 'moderate' || pain === 'severe'
        ? random.pick([
            'Pain on walking long distances.',
            'Takes paracetamol most days.',
            'Pain when lifting.',
          ])
        : undefined,
    meshAwareness,
    meshAwarenessComment: meshAwareness === 'yes' ? 'Feels the mesh when bending.' : undefined,
    infection,
    infectionComment: input.infected
      ? 'Treated with cloxacillin after discharge; healed.'
      : infection === 'yes'
        ? 'Superficial, treated with oral antibiotics.'
        : undefined,
    seroma,
    seromaComment:
      seroma === 'yes' ? random.pick(['Aspirated in clinic.', 'Resolving without treatment.']) : undefined,
    numbness,
    numbnessComment: numbness === 'yes' ? 'Numb patch below the wound.' : undefined,
    recurrence,
    recurrenceComment: input.recurrence ? 'Reducible swelling at the medial end of the wound.' : undefined,
    furtherSurgeryNeeded: input.recurrence ? 'yes' : random.weighted({ no: 95, unknown: 5 }),
    furtherSurgeryNeededComment: input.recurrence ? 'Booked for a re-repair.' : undefined,
  };
}
