import { type Version, validateRecordData } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { countDemo } from './demo-summary';
import { demoProportions, generateDemoData } from './generate-demo';

const NOW = new Date('2026-11-22T09:00:00Z');
const demo = generateDemoData({ now: NOW });

/** The date of each surgery episode, for the before-the-operation checks of discharges and follow-ups. */
function surgeryDates(versions: readonly Version[]): Map<string, string | undefined> {
  const dates = new Map<string, string | undefined>();
  for (const v of versions) {
    if (v.entity === 'episode' && v.data.type === 'surgery') dates.set(v.entityId, v.data.date as string);
  }
  return dates;
}

describe('generateDemoData', () => {
  it('gives the same data, ids included, for the same seed and clock', () => {
    const again = generateDemoData({ now: NOW });
    expect(again.versions).toEqual(demo.versions);
    expect(again.staff).toEqual(demo.staff);
    expect(again.duplicates).toEqual(demo.duplicates);
  });

  it('gives other data for another seed', () => {
    const other = generateDemoData({ now: NOW, seed: 'another seed' });
    expect(other.versions[0]?.versionId).not.toBe(demo.versions[0]?.versionId);
    expect(other.versions.map((v) => v.data.fullName)).not.toEqual(demo.versions.map((v) => v.data.fullName));
  });

  it('makes only versions the domain accepts, none in the future', () => {
    const dates = surgeryDates(demo.versions);
    const problems = demo.versions.flatMap((v) => {
      const surgeryId = v.data.surgeryEpisodeId;
      const surgery = typeof surgeryId === 'string' ? { date: dates.get(surgeryId) } : undefined;
      const result = validateRecordData(v.entity, v.data, { now: NOW, surgery });
      return result.ok ? [] : [{ versionId: v.versionId, problems: result.problems }];
    });
    expect(problems).toEqual([]);
    for (const v of demo.versions) expect(Date.parse(v.createdAt)).toBeLessThanOrEqual(NOW.getTime());
  });

  it('stamps ids with the time of the event, so they sort by creation', () => {
    for (const v of demo.versions) {
      const stamped = Number.parseInt(v.versionId.replaceAll('-', '').slice(0, 12), 16);
      expect(stamped).toBe(Date.parse(v.createdAt));
      expect(v.versionId[14]).toBe('7');
    }
  });

  it('spreads the operations over two years, at every hospital', () => {
    const surgeries = demo.versions.filter((v) => v.data.type === 'surgery' && v.parents.length === 0);
    const days = surgeries.map((v) => (NOW.getTime() - Date.parse(String(v.data.date))) / 86_400_000);
    expect(Math.max(...days)).toBeGreaterThan(600);
    expect(Math.max(...days)).toBeLessThanOrEqual(731);
    expect(Math.min(...days)).toBeLessThan(10);
    const hospitals = new Set(surgeries.map((v) => v.data.hospitalId));
    expect(hospitals.size).toBe(demo.hospitals.length);
  });

  it('rejects a patient count it cannot fill with every special case', () => {
    expect(() => generateDemoData({ now: NOW, patients: 5 })).toThrow(/from 30 to/);
  });

  it('still holds every special case with few patients', () => {
    const small = generateDemoData({ now: NOW, patients: 30, seed: 7 });
    const counts = countDemo(small.versions, NOW);
    expect(counts.inConflict).toBe(demoProportions(30).openConflicts);
    expect(counts.deleted).toBe(3);
    expect(counts.merged).toBe(1);
    expect(small.duplicates).toHaveLength(3);
  });
});
