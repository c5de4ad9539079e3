import { describe, expect, it } from 'vitest';
import { idFor, testContext } from '../test-support/arbitraries';
import { createVersion, editVersion, restoreVersion, softDeleteVersion } from '../versions/edits';
import { recordState } from '../versions/heads';
import { mergePatientVersion } from '../versions/merge';
import { resolveConflictVersion } from '../versions/resolve';
import type { Version } from '../versions/version';
import type { Actor, Role } from './roles';
import { canSeeHospital } from './visibility';
import { checkWrite } from './write-rules';

const HOSPITAL_A = idFor('44444444', 1);
const HOSPITAL_B = idFor('44444444', 2);
const ctx = testContext();
const actor = (role: Role, hospitalIds = [HOSPITAL_A]): Actor => ({
  id: ctx.authorId,
  role,
  hospitalIds,
  active: true,
});
const patient = (hospital = HOSPITAL_A): Record<string, unknown> => ({
  fullName: 'Halima Said',
  registeredHospitalId: hospital,
});

function history() {
  const created = createVersion(ctx, 'patient', patient());
  const deleted = softDeleteVersion(ctx, created);
  const state = recordState([created, deleted]);
  if (!state) throw new Error('no state');
  return { created, deleted, restored: restoreVersion(ctx, state) };
}

describe('who may write which version', () => {
  it('lets a surgeon create, edit and delete at their own hospital only', () => {
    const created = createVersion(ctx, 'patient', patient());
    expect(checkWrite(actor('surgeon'), created, [])).toEqual({ ok: true, kind: 'create' });
    const edited = editVersion(ctx, created, { ...patient(), notes: 'x' });
    expect(checkWrite(actor('surgeon'), edited, [created])).toEqual({ ok: true, kind: 'edit' });
    expect(checkWrite(actor('surgeon'), softDeleteVersion(ctx, created), [created])).toMatchObject({
      kind: 'delete',
    });
    const elsewhere = createVersion(ctx, 'patient', patient(HOSPITAL_B));
    expect(checkWrite(actor('surgeon'), elsewhere, [])).toMatchObject({ ok: false, reason: /not a member/ });
    expect(checkWrite(actor('coordinator', []), elsewhere, [])).toMatchObject({ ok: true });
  });

  it('refuses moving a record out of a hospital the surgeon cannot see', () => {
    const created = createVersion(ctx, 'patient', patient(HOSPITAL_B));
    const moved = editVersion(ctx, created, patient(HOSPITAL_A));
    expect(checkWrite(actor('surgeon'), moved, [created])).toMatchObject({ ok: false });
  });

  it('lets only admins restore', () => {
    const { deleted, restored } = history();
    expect(checkWrite(actor('surgeon'), restored, [deleted])).toMatchObject({
      ok: false,
      reason: /Only admins/,
    });
    expect(checkWrite(actor('coordinator'), restored, [deleted])).toMatchObject({ ok: false });
    expect(checkWrite(actor('admin'), restored, [deleted])).toEqual({ ok: true, kind: 'restore' });
  });

  it('lets coordinators resolve conflicts and merge patients, not surgeons', () => {
    const created = createVersion(ctx, 'patient', patient());
    const a = editVersion(ctx, created, { ...patient(), notes: 'a' });
    const b = editVersion(ctx, created, { ...patient(), notes: 'b' });
    const state = recordState([created, a, b]);
    if (!state) throw new Error('no state');
    const resolution = resolveConflictVersion(ctx, state, a.data);
    expect(checkWrite(actor('surgeon'), resolution, [a, b])).toMatchObject({ ok: false });
    expect(checkWrite(actor('coordinator'), resolution, [a, b])).toEqual({ ok: true, kind: 'resolve' });
    const single = recordState([created]);
    if (!single) throw new Error('no state');
    const merge = mergePatientVersion(ctx, single, idFor('99999999', 1)) as Version;
    expect(checkWrite(actor('surgeon'), merge, [created])).toMatchObject({ ok: false, reason: /merge/ });
    expect(checkWrite(actor('coordinator'), merge, [created])).toEqual({ ok: true, kind: 'merge' });
  });

  it('refuses signing for someone else, except an admin importing a device file', () => {
    const created = { ...createVersion(ctx, 'patient', patient()), authorId: idFor('bbbbbbbb', 9) };
    expect(checkWrite(actor('admin'), created, [])).toMatchObject({ ok: false, reason: /another user/ });
    expect(checkWrite(actor('admin'), created, [], { importing: true })).toMatchObject({ ok: true });
    expect(checkWrite(actor('coordinator'), created, [], { importing: true })).toMatchObject({ ok: false });
  });

  it('refuses everything from a deactivated account', () => {
    const created = createVersion(ctx, 'patient', patient());
    expect(checkWrite({ ...actor('admin'), active: false }, created, [])).toMatchObject({
      reason: /deactivated/,
    });
    expect(canSeeHospital({ ...actor('admin'), active: false }, HOSPITAL_A)).toBe(false);
  });
});
