import { editVersion, softDeleteVersion, type Version } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { newHospitalId, testActor, testDevice } from '../test-support/version-factory';
import { type PushContext, planPush } from './plan-push';

const HOSPITAL = newHospitalId();
const OTHER = newHospitalId();
const surgeon = testActor('surgeon', [HOSPITAL]);
const device = testDevice(surgeon);

function context(known: Version[] = [], extra: Partial<PushContext> = {}): PushContext {
  return {
    actor: surgeon,
    now: new Date(),
    importing: false,
    known: new Map(known.map((v) => [v.versionId, v])),
    existingEntityIds: new Set(known.map((v) => v.entityId)),
    surgeryDates: new Map(),
    ...extra,
  };
}

describe('planning a push', () => {
  it('accepts a create and its edits in causal order whatever order they arrive in', () => {
    const created = device.patient(HOSPITAL);
    const edit1 = editVersion(device.ctx, created, { ...created.data, notes: 'one' });
    const edit2 = editVersion(device.ctx, edit1, { ...created.data, notes: 'two' });
    const plan = planPush([edit2, created, edit1], context());
    expect(plan.accept.map((v) => v.versionId)).toEqual([
      created.versionId,
      edit1.versionId,
      edit2.versionId,
    ]);
    expect(plan.rejected).toEqual([]);
  });

  it('reports versions already held as duplicate, and refuses a different version with a held id', () => {
    const created = device.patient(HOSPITAL);
    const clash = { ...created, data: { ...created.data, fullName: 'Someone Else' } };
    expect(planPush([created], context([created]))).toMatchObject({
      accept: [],
      duplicate: [created.versionId],
    });
    expect(planPush([clash], context([created])).rejected).toEqual([
      { versionId: created.versionId, reason: expect.stringMatching(/different version with this id/) },
    ]);
  });

  it('refuses a version whose parent is unknown, and the children of a refused version', () => {
    const created = device.patient(HOSPITAL);
    const edit = editVersion(device.ctx, created, { ...created.data, notes: 'x' });
    const bad: Version = { ...device.patient(HOSPITAL), data: { registeredHospitalId: HOSPITAL } };
    const child = editVersion(device.ctx, bad, { ...bad.data, fullName: 'Fixed' });
    const plan = planPush([edit, bad, child], context());
    const reasons = Object.fromEntries(plan.rejected.map((r) => [r.versionId, r.reason]));
    expect(reasons[edit.versionId]).toMatch(/server does not have/);
    expect(reasons[bad.versionId]).toMatch(/cannot be accepted as saved/);
    expect(reasons[child.versionId]).toMatch(/was refused/);
    expect(plan.accept).toEqual([]);
    // Only the unknown parent may yet arrive (from its author's device): that one alone is retryable.
    const retryable = plan.rejected.filter((r) => r.retryable).map((r) => r.versionId);
    expect(retryable).toEqual([edit.versionId]);
  });

  it('applies the permission rules: hospital scope and admin-only restore', () => {
    const elsewhere = device.patient(OTHER);
    expect(planPush([elsewhere], context()).rejected[0]?.reason).toMatch(/not a member/);
    const created = device.patient(HOSPITAL);
    const deleted = softDeleteVersion(device.ctx, created);
    const restore = { ...editVersion(device.ctx, created, created.data), parents: [deleted.versionId] };
    const plan = planPush([restore], context([created, deleted]));
    expect(plan.rejected[0]?.reason).toMatch(/Only admins/);
  });

  it('refuses a second first version of an existing record and a parent from another record', () => {
    const created = device.patient(HOSPITAL);
    const again = { ...device.patient(HOSPITAL), entityId: created.entityId };
    expect(planPush([again], context([created])).rejected[0]?.reason).toMatch(/already exists/);
    const other = device.patient(HOSPITAL);
    const crossed = { ...editVersion(device.ctx, created, created.data), parents: [other.versionId] };
    expect(planPush([crossed], context([created, other])).rejected[0]?.reason).toMatch(/another record/);
  });

  it('refuses a discharge dated before its operation, using a surgery in the same push', () => {
    const patient = device.patient(HOSPITAL);
    const surgery = device.surgery(patient, HOSPITAL, '2026-03-10');
    const discharge = {
      ...device.surgery(patient, HOSPITAL, '2026-03-01'),
      data: {
        type: 'discharge',
        patientId: patient.entityId,
        hospitalId: HOSPITAL,
        date: '2026-03-01',
        surgeryEpisodeId: surgery.entityId,
      },
    };
    const plan = planPush([patient, surgery, discharge], context());
    expect(plan.accept.map((v) => v.versionId)).toEqual([patient.versionId, surgery.versionId]);
    expect(plan.rejected[0]?.reason).toMatch(/before/);
  });

  it('counts two copies of one version in a push once, and refuses two different versions with one id', () => {
    const created = device.patient(HOSPITAL);
    expect(planPush([created, created], context()).accept).toHaveLength(1);
    const twin = { ...created, data: { ...created.data, fullName: 'Twin' } };
    const plan = planPush([created, twin], context());
    expect(plan.accept).toEqual([]);
    expect(plan.rejected[0]?.reason).toMatch(/two different versions/);
  });
});
