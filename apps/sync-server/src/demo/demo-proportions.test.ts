import type { PatientData } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { countDemo } from './demo-summary';
import { generateDemoData } from './generate-demo';
import { phoneDigits } from './phones';

const NOW = new Date('2026-11-22T09:00:00Z');
const demo = generateDemoData({ now: NOW });
const counts = countDemo(demo.versions, NOW);
const firstVersions = demo.versions.filter((v) => v.parents.length === 0);
const patients = firstVersions.filter((v) => v.entity === 'patient').map((v) => v.data as PatientData);
const share = (part: number, whole: number) => part / whole;

describe('the default demo (300 patients)', () => {
  it('has the intended special cases', () => {
    expect(counts.inConflict).toBe(10);
    expect(counts.deleted).toBe(3);
    expect(counts.merged).toBe(2);
    expect(demo.conflicts.resolved).toHaveLength(2);
    expect(demo.duplicates.filter((pair) => !pair.merged)).toHaveLength(15);
  });

  it('has worklists with something on them, in realistic proportions', () => {
    expect(counts.surgeries).toBeGreaterThanOrEqual(300);
    expect(counts.surgeries).toBeLessThan(330);
    expect(share(counts.pendingDischarge, counts.surgeries)).toBeGreaterThan(0.02);
    expect(share(counts.pendingDischarge, counts.surgeries)).toBeLessThan(0.1);
    expect(share(counts.followUpOverdue, counts.surgeries)).toBeGreaterThan(0.15);
    expect(share(counts.followUpOverdue, counts.surgeries)).toBeLessThan(0.45);
    const records =
      counts.patients + counts.surgeries + counts.discharges + counts.followUps + counts.logEntries;
    expect(share(counts.incomplete, records)).toBeGreaterThan(0.03);
    expect(share(counts.incomplete, records)).toBeLessThan(0.15);
    expect(counts.logEntries).toBeGreaterThan(50);
  });

  it('has mostly planned inguinal repairs with mesh', () => {
    const surgeries = firstVersions.filter((v) => v.data.type === 'surgery').map((v) => v.data);
    const count = (field: string, value: string) => surgeries.filter((s) => s[field] === value).length;
    expect(share(count('herniaSite', 'inguinal'), surgeries.length)).toBeGreaterThan(0.6);
    expect(share(count('cepod', 'planned'), surgeries.length)).toBeGreaterThan(0.8);
    expect(share(count('meshType', 'none'), surgeries.length)).toBeLessThan(0.2);
  });

  it('records patients the way clinics do: some with a full birth date, some with none, shared phones', () => {
    expect(patients.filter((p) => p.birthDate).length).toBeGreaterThan(10);
    expect(patients.filter((p) => p.birthYear === undefined).length).toBeGreaterThan(5);
    expect(patients.filter((p) => p.nationalId).length).toBeGreaterThan(10);
    const digits = patients.flatMap((p) => (p.phones ?? []).map((phone) => phoneDigits(phone.number ?? '')));
    expect(digits.length - new Set(digits).size).toBeGreaterThan(10);
  });

  it('makes duplicates that look alike but are written differently', () => {
    const byId = new Map(firstVersions.map((v) => [v.entityId, v.data as PatientData]));
    for (const pair of demo.duplicates) {
      const original = byId.get(pair.originalId);
      const duplicate = byId.get(pair.duplicateId);
      expect(duplicate?.fullName.toLowerCase()).not.toBe(original?.fullName.toLowerCase());
      if (original?.gender && duplicate?.gender) expect(duplicate.gender).toBe(original.gender);
      if (original?.birthYear && duplicate?.birthYear) {
        expect(Math.abs(duplicate.birthYear - original.birthYear)).toBeLessThanOrEqual(3);
      }
    }
  });

  it('has every demo user do something, in every role', () => {
    const authors = new Set(demo.versions.map((v) => v.authorId));
    for (const member of demo.staff.filter((s) => s.role !== 'admin')) expect(authors).toContain(member.id);
  });
});
