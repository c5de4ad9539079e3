import { describe, expect, it } from 'vitest';
import { byName, upsertById } from './upsert-by-id';

const order = byName((item: { id: string; name: string }) => item.name);
const list = [
  { id: '1', name: 'Amina' },
  { id: '2', name: 'Juma' },
];

describe('upsertById', () => {
  it('replaces the item with the same id, where its name puts it', () => {
    expect(upsertById(list, { id: '1', name: 'Zawadi' }, order)).toEqual([
      { id: '2', name: 'Juma' },
      { id: '1', name: 'Zawadi' },
    ]);
  });

  it('adds a new item in name order, letter case aside', () => {
    expect(upsertById(list, { id: '3', name: 'baraka' }, order).map((item) => item.name)).toEqual([
      'Amina',
      'baraka',
      'Juma',
    ]);
  });
});
