import { NOT_RECORDED } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { orderByLabel } from './order-by-label';

describe('orderByLabel', () => {
  it('sorts by the names shown, keeping "not recorded" last', () => {
    const names: Record<string, string> = { zz: 'Arusha', aa: 'Mwanza', mm: 'Dodoma', [NOT_RECORDED]: 'Aaa' };
    const counts = ['aa', NOT_RECORDED, 'mm', 'zz'].map((key) => ({ key, count: 1 }));
    expect(orderByLabel(counts, (key) => names[key] ?? key, 'en').map((c) => c.key)).toEqual([
      'zz',
      'mm',
      'aa',
      NOT_RECORDED,
    ]);
  });
});
