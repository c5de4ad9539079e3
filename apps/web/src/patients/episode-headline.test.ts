import { describe, expect, it } from 'vitest';
import { testTranslate } from '../episodes/test-fixtures';
import { episodeHeadline } from './episode-headline';

describe('episodeHeadline', () => {
  const en = testTranslate('en');

  it('names the hernia and side of an operation, or what was written for "other"', () => {
    expect(episodeHeadline(en, { type: 'surgery', herniaSite: 'inguinal', side: 'left' })).toBe(
      'Inguinal, Left',
    );
    expect(episodeHeadline(en, { type: 'surgery', herniaSite: 'other', herniaSiteOther: 'Spigelian' })).toBe(
      'Spigelian',
    );
    expect(episodeHeadline(en, { type: 'surgery' })).toBe('');
  });

  it('names the complications of a discharge, or says there were none', () => {
    expect(
      episodeHeadline(en, {
        type: 'discharge',
        anyComplications: 'yes',
        complications: [{ code: 'bleeding' }, { code: 'other', text: 'Rash' }],
      }),
    ).toBe('Complications: Bleeding, Rash');
    expect(episodeHeadline(en, { type: 'discharge', anyComplications: 'no' })).toBe('No complications');
    expect(episodeHeadline(en, { type: 'discharge' })).toBe('');
  });

  it('says pain and recurrence at follow-up', () => {
    expect(episodeHeadline(en, { type: 'followUp', pain: 'mild', recurrence: 'no' })).toBe(
      'Pain: Mild · Recurrence: No',
    );
    expect(episodeHeadline(testTranslate('sw'), { type: 'followUp', pain: 'none' })).toMatch(/^Maumivu: /);
  });

  it('never throws on odd data', () => {
    expect(episodeHeadline(en, { type: 'discharge', complications: 'x' })).toBe('');
    expect(episodeHeadline(en, { type: 'surgery', herniaSite: 42 })).toBe('42');
    expect(episodeHeadline(en, {})).toBe('');
  });
});
