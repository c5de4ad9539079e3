import type { Anaesthetic, Complication, Drug, EventLogData, MedicationRoute } from '@registry/domain';
import { eastAfricanDateTime, HOUR, MINUTE } from './demo-clock';
import type { Random } from './random';

/** A log entry and when it happened. */
export interface PlannedEntry {
  at: number;
  data: EventLogData;
}

export interface LogScope {
  episodeId: string;
  patientId: string;
  hospitalId: string;
}

const ANAESTHETIC_DRUG: Partial<Record<Anaesthetic, [Drug, string, MedicationRoute]>> = {
  local: ['lidocaine', '20 ml of 1%', 'infiltration'],
  spinal: ['bupivacaineHeavy', '3 ml of 0.5%', 'spinal'],
  generalKetamine: ['ketamine', '100 mg', 'intravenous'],
  generalIntubation: ['propofol', '150 mg', 'intravenous'],
};

/** What a ward nurse or the surgeon notes on the day of the operation: a few entries, not all. */
export function operationDayLog(
  random: Random,
  scope: LogScope,
  operatedAt: number,
  anaesthetic?: Anaesthetic,
): PlannedEntry[] {
  const entry = (minutes: number, fields: Record<string, unknown>): PlannedEntry => {
    const at = operatedAt + minutes * MINUTE;
    return { at, data: { ...scope, at: eastAfricanDateTime(at), ...fields } as EventLogData };
  };
  const entries: PlannedEntry[] = [
    entry(-random.int(60, 120), {
      kind: 'vitals',
      temperature: Math.round((36.2 + random.next() * 1.3) * 10) / 10,
      pulse: random.int(62, 98),
      systolic: random.int(108, 152),
      diastolic: random.int(64, 94),
      respiratoryRate: random.int(14, 22),
      spo2: random.int(94, 99),
    }),
  ];
  const drug = anaesthetic ? ANAESTHETIC_DRUG[anaesthetic] : undefined;
  if (drug) {
    const [name, dose, route] = drug;
    // Now and then the dose is not written down: the entry then shows it as missing.
    entries.push(
      entry(-10, { kind: 'medication', drug: name, dose: random.chance(0.9) ? dose : undefined, route }),
    );
  }
  entries.push(
    entry(random.int(150, 240), { kind: 'medication', drug: 'paracetamol', dose: '1 g', route: 'oral' }),
    entry(random.int(240, 360), {
      kind: 'note',
      text: random.pick([
        'Recovered well, tolerating oral fluids.',
        'Passed urine, walking to the toilet.',
        'Comfortable, wound dry.',
      ]),
    }),
  );
  return random.sample(entries, random.int(1, entries.length)).sort((a, b) => a.at - b.at);
}

/** An entry for a complication seen on the ward, beside its record on the discharge. */
export function complicationEntry(scope: LogScope, complication: Complication, at: number): PlannedEntry {
  const when = at + 2 * HOUR;
  return {
    at: when,
    data: {
      ...scope,
      kind: 'complication',
      at: eastAfricanDateTime(when),
      code: complication.code,
      text: complication.text,
    },
  };
}
