import { describe, expect, it } from 'vitest';
import { type DetailLookups, episodeDetailRows, episodeValueText } from './episode-details';
import { HOSPITAL, NURSE, PATIENT, SURGEON, SURGERY, testTranslate } from './test-fixtures';

const lookups: DetailLookups = {
  staffName: (id) => ({ [SURGEON]: 'Zawadi Mushi', [NURSE]: 'Baraka Ally' })[id] ?? `? ${id}`,
  hospitalName: (id) => (id === HOSPITAL ? 'Mbeya DH' : id),
  operationName: (id) => (id === SURGERY ? 'Operation of 20 Nov 2026' : id),
  date: (date) => `[${date}]`,
};

describe('episodeDetailRows', () => {
  const t = testTranslate('en');

  it('puts a surgery in words, in the order of its form', () => {
    const rows = episodeDetailRows(
      t,
      {
        type: 'surgery',
        patientId: PATIENT,
        hospitalId: HOSPITAL,
        comments: 'Fine',
        side: 'left',
        date: '2026-11-20',
        size: 'medium',
        antibioticTimings: ['iv24h', 'oral48h'],
        primarySurgeonId: SURGEON,
        attendeeIds: [NURSE, SURGEON],
        previousRepairCount: 2,
        complications: [{ code: 'other', text: 'Cord injury', date: '2026-11-20' }],
        laserUsed: 'yes',
      },
      lookups,
    );
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['Operation date', '[2026-11-20]'],
      ['Hospital', 'Mbeya DH'],
      ['Side', 'Left'],
      ['Number of previous repairs', '2'],
      ['Hernia size', 'Medium (2–3 fingers)'],
      ['When antibiotics were given', 'IV for 24 h after, Oral for 48 h after'],
      ['Primary surgeon', 'Zawadi Mushi'],
      ['Staff present', 'Baraka Ally, Zawadi Mushi'],
      ['Comments', 'Fine'],
      ['laserUsed', 'yes'],
      ['Complication 1', 'Other, [2026-11-20]: Cord injury'],
    ]);
  });

  it('names the operation a discharge belongs to, in Kiswahili too', () => {
    const rows = episodeDetailRows(
      testTranslate('sw'),
      {
        type: 'discharge',
        surgeryEpisodeId: SURGERY,
        antibioticsOnDischarge: 'no',
        anyComplications: 'unknown',
      },
      lookups,
    );
    expect(rows.map((r) => r.value)).toEqual(['Operation of 20 Nov 2026', 'Haijulikani', 'Hapana']);
  });

  it('shows nothing for an empty record and never crashes on odd values', () => {
    expect(episodeDetailRows(t, {}, lookups)).toEqual([]);
    expect(episodeValueText(t, 'comments', { a: 1 }, lookups)).toBe('{"a":1}');
    expect(episodeValueText(t, 'complications', [null, 'x'], lookups)).toBe('; x');
    expect(episodeValueText(t, 'side', 'sideways', lookups)).toBe('sideways');
  });
});
