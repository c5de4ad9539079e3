import { describe, expect, it } from 'vitest';
import { newUserSchema } from '../auth/user-rules';
import { parseWithProblems } from './describe-issues';

describe('parseWithProblems', () => {
  it('lists every problem of a new user in plain words', () => {
    const result = parseWithProblems(
      newUserSchema,
      { username: 'amina said', password: 'short', role: 'nurse', hospitalIds: ['x'], pin: 1 },
      'a new user',
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'username', message: 'The username may hold letters, digits and . _ @ - only (no spaces).' },
        { field: 'fullName', message: 'The full name is required.' },
        { field: 'password', message: 'The password must be at least 8 characters long.' },
        { field: 'role', message: 'The role "nurse" is not one of the roles (surgeon, coordinator, admin).' },
        { field: 'hospitalIds.0', message: 'The hospital id "x" is not a valid id.' },
        { field: 'pin', message: '"pin" is not a field of a new user; check its spelling.' },
      ],
    });
  });

  it('trims, lower-cases hospital ids and removes repeats', () => {
    const id = '0192F4C1-0000-7000-8000-000000000001';
    const result = parseWithProblems(
      newUserSchema,
      {
        username: ' amina ',
        fullName: 'Amina',
        password: '12345678',
        role: 'surgeon',
        hospitalIds: [id, id.toLowerCase()],
      },
      'a new user',
    );
    expect(result).toMatchObject({ ok: true, data: { username: 'amina', hospitalIds: [id.toLowerCase()] } });
  });

  it('names a value of the wrong type', () => {
    const result = parseWithProblems(newUserSchema, { username: 5 }, 'a new user');
    expect(result.ok || result.problems[0]).toEqual({
      field: 'username',
      message: 'The username must be text, not 5.',
    });
  });
});
