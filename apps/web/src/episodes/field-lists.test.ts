import { describe, expect, it } from 'vitest';
import { listOfField } from './field-lists';

describe('listOfField', () => {
  it('finds the list of a field by its own name, also inside a path', () => {
    expect(listOfField('gender')).toBe('gender');
    expect(listOfField('complications.0.code')).toBe('complicationCode');
    expect(listOfField('size')).toBe('herniaSize');
    expect(listOfField('fullName')).toBeUndefined();
    expect(listOfField('toString')).toBeUndefined();
  });
});
