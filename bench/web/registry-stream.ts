import { DATA_SCHEMA_VERSION, type Version } from '@registry/domain';
import { dischargeData, editedData, followUpData, patientData, surgeryData } from './registry-records';
import { type Random, seededRandom } from './seeded-random';

export interface RegistryOptions {
  seed: number;
  hospitalIds: readonly string[];
  /** Who saves the versions (user ids); the surgeons named on operations are taken from them too. */
  authorIds: readonly string[];
  /** The device time of the first and of the last version. */
  startMs: number;
  endMs: number;
  /** How many versions will be asked for, to spread their times from startMs to endMs. */
  count: number;
  /** Share of versions that are of patients (the rest are episodes). */
  patientShare?: number;
  /** Share of versions that edit an earlier one (parents = that record's head). */
  editShare?: number;
}

interface Held {
  entity: 'patient' | 'episode';
  entityId: string;
  head: string;
  data: Record<string, unknown>;
}

interface Chart {
  patientId: string;
  hospitalId: string;
  /** Where the patient's care stands: each episode moves it one step. */
  stage: 'registered' | 'operated' | 'discharged' | 'followedUp';
  surgeryId?: string;
}

/** Later episodes and edits go to recent records, as on a real ward; older ones are rarely touched. */
const RECENT = 3000;

/**
 * Versions shaped like a real registry's, one at a time in the order they were saved: patients,
 * then their operation, discharge and follow-up (each naming its patient and operation), and edits of
 * recent records whose parent is the record's head. Deterministic for a seed.
 */
export class RegistryStream {
  private readonly random: Random;
  private readonly charts: Chart[] = [];
  private readonly held = { patient: [] as Held[], episode: [] as Held[] };
  private made = 0;

  constructor(private readonly options: RegistryOptions) {
    this.random = seededRandom(options.seed);
  }

  next(): Version {
    const { random, options } = this;
    const span = options.endMs - options.startMs;
    const at = options.startMs + (span * this.made) / Math.max(1, options.count - 1);
    const authorIndex = random.int(0, options.authorIds.length - 1);
    const authorId = options.authorIds[authorIndex] ?? '';
    const envelope = {
      deleted: false,
      authorId,
      deviceId: `bench-device-${authorIndex}`,
      createdAt: new Date(at).toISOString(),
      schema: DATA_SCHEMA_VERSION,
    };
    this.made++;
    const editPatient = random.chance(options.patientShare ?? 0.37);
    const edited = random.chance(options.editShare ?? 0.18)
      ? this.recent(editPatient ? 'patient' : 'episode')
      : undefined;
    if (edited) {
      const versionId = random.uuid(at);
      edited.data = editedData(random, edited.data);
      const version = { versionId, entity: edited.entity, entityId: edited.entityId, parents: [edited.head] };
      edited.head = versionId;
      return { ...version, data: edited.data, ...envelope };
    }
    const entityId = random.uuid(at);
    const versionId = random.uuid(at);
    const create = (entity: Held['entity'], data: Record<string, unknown>): Version => {
      this.held[entity].push({ entity, entityId, head: versionId, data });
      return { versionId, entity, entityId, parents: [], data, ...envelope };
    };
    const chart = this.charts.length > 0 && !random.chance(options.patientShare ?? 0.37) && this.chart();
    if (!chart) {
      const hospitalId = random.pick(options.hospitalIds);
      const year = new Date(at).getUTCFullYear();
      this.charts.push({ patientId: entityId, hospitalId, stage: 'registered' });
      return create('patient', patientData(random, hospitalId, year, this.charts.length));
    }
    const input = {
      patientId: chart.patientId,
      // One operation in ten is at another hospital than the one that registered the patient.
      hospitalId: random.chance(0.9) ? chart.hospitalId : random.pick(options.hospitalIds),
      date: envelope.createdAt.slice(0, 10),
      surgeonId: random.pick(options.authorIds),
    };
    if ((chart.stage === 'operated' || chart.stage === 'discharged') && chart.surgeryId) {
      const data =
        chart.stage === 'operated'
          ? dischargeData(random, input, chart.surgeryId)
          : followUpData(random, input, chart.surgeryId);
      chart.stage = chart.stage === 'operated' ? 'discharged' : 'followedUp';
      return create('episode', data);
    }
    chart.stage = 'operated';
    chart.surgeryId = entityId;
    return create('episode', surgeryData(random, input));
  }

  take(count: number): Version[] {
    return Array.from({ length: count }, () => this.next());
  }

  private recent(entity: Held['entity']): Held | undefined {
    const list = this.held[entity];
    if (list.length < 20) return undefined;
    return list[list.length - 1 - this.random.int(0, Math.min(RECENT, list.length) - 1)];
  }

  private chart(): Chart | undefined {
    const { charts } = this;
    return charts[charts.length - 1 - this.random.int(0, Math.min(RECENT, charts.length) - 1)];
  }
}
