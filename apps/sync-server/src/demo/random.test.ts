import { describe, expect, it } from 'vitest';
import { createRandom } from './random';

describe('createRandom', () => {
  it('repeats itself for one seed and differs for another', () => {
    const draw = (seed: string | number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw(1)).toEqual(draw('1'));
    expect(draw('a')).not.toEqual(draw('b'));
  });

  it('stays within bounds and follows the weights', () => {
    const random = createRandom('bounds');
    const picks = { rare: 0, common: 0 };
    for (let i = 0; i < 2000; i++) {
      const value = random.int(3, 5);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(5);
      picks[random.weighted({ rare: 1, common: 9 })]++;
    }
    expect(picks.common / 2000).toBeGreaterThan(0.85);
    expect(random.sample([1, 2, 3, 4], 4).sort()).toEqual([1, 2, 3, 4]);
  });
});
