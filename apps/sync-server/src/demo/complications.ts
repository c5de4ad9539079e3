import type { Complication, ComplicationCode } from '@registry/domain';
import type { CasePlan } from './case-plan';
import { DAY, dayOf } from './demo-clock';
import type { Random } from './random';

/** What went wrong after an operation, and how much longer it kept the patient in. */
export interface PostOperative {
  complications: Complication[];
  extraDays: number;
  died: boolean;
  /** A wound infection, which the follow-up will mention. */
  infected: boolean;
}

interface Kind {
  code: ComplicationCode;
  /** Chance per planned operation; emergencies have twice the rate. */
  rate: number;
  texts: readonly string[];
  days: [number, number];
}

// Low rates, as published for mesh repair in East Africa; infection has no code of its own.
const KINDS: readonly Kind[] = [
  {
    code: 'haematoma',
    rate: 0.03,
    texts: ['Scrotal haematoma, managed conservatively.', 'Wound haematoma.'],
    days: [1, 2],
  },
  {
    code: 'urinaryRetention',
    rate: 0.025,
    texts: ['Catheterised, 700 ml drained.', 'Catheter for 24 hours.'],
    days: [0, 1],
  },
  { code: 'bleeding', rate: 0.007, texts: ['Wound oozing, pressure dressing applied.'], days: [0, 1] },
  { code: 'other', rate: 0.015, texts: ['Superficial wound infection.'], days: [2, 4] },
  { code: 'other', rate: 0.01, texts: ['Scrotal oedema.', 'Seroma aspirated on the ward.'], days: [1, 3] },
];

export function postOperative(
  random: Random,
  plan: CasePlan,
  operatedAt: number,
  complexity: string,
): PostOperative {
  const factor = plan.emergency ? 2 : plan.age >= 65 ? 1.3 : 1;
  const complications: Complication[] = [];
  let extraDays = 0;
  for (const kind of KINDS) {
    if (!random.chance(kind.rate * factor)) continue;
    const day = random.int(...kind.days);
    complications.push({
      code: kind.code,
      text: random.pick(kind.texts),
      date: dayOf(operatedAt + day * DAY),
    });
    extraDays = Math.max(extraDays, day + random.int(1, 3));
  }
  if (complications.some((c) => c.code === 'bleeding') && random.chance(0.3)) {
    complications.push({
      code: 'returnToTheatre',
      text: 'Re-explored, bleeding vessel tied.',
      date: dayOf(operatedAt + DAY),
    });
  }
  const died = complexity === 'strangulated' && random.chance(0.05);
  if (died) {
    extraDays = random.int(1, 4);
    complications.push({
      code: 'death',
      text: 'Died of sepsis after bowel resection.',
      date: dayOf(operatedAt + extraDays * DAY),
    });
  }
  const infected = complications.some((c) => c.text === 'Superficial wound infection.');
  return { complications, extraDays, died, infected };
}
