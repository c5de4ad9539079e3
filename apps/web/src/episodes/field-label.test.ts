import { missingFields } from '@registry/domain';
import { describe, expect, it } from 'vitest';
import { emptyEpisodeValues } from './episode-form-values';
import { episodeFieldLabel, episodeFieldLabels } from './field-label';
import { testTranslate } from './test-fixtures';

describe('episodeFieldLabel', () => {
  const t = testTranslate('en');

  it('names fields of episodes and log entries', () => {
    expect(episodeFieldLabel(t, 'herniaSite')).toBe('Hernia site');
    expect(episodeFieldLabel(t, 'meshAwarenessComment')).toBe('Comment on mesh awareness');
    expect(episodeFieldLabel(t, 'spo2')).toBe('SpO2');
    expect(episodeFieldLabel(testTranslate('sw'), 'side')).toBe('Upande');
  });

  it('names the date after the type of episode', () => {
    expect(episodeFieldLabel(t, 'date', 'discharge')).toBe('Discharge date');
    expect(episodeFieldLabel(t, 'date')).toBe('Date');
    expect(episodeFieldLabel(t, 'date', 'dateOf')).toBe('Date');
  });

  it('names items of lists and their parts', () => {
    expect(episodeFieldLabel(t, 'complications.0.text')).toBe('Complication 1: text');
    expect(episodeFieldLabel(t, 'complications.2.date')).toBe('Complication 3: date');
    expect(episodeFieldLabel(t, 'attendeeIds.1')).toBe('Staff member present 2');
    expect(episodeFieldLabel(testTranslate('sw'), 'complications.0.code')).toBe('Tatizo la 1: aina');
  });

  it('shows fields it does not know by their name, never crashing', () => {
    expect(episodeFieldLabel(t, 'laserUsed')).toBe('laserUsed');
    expect(episodeFieldLabel(t, 'item')).toBe('item');
    expect(episodeFieldLabel(t, 'constructor')).toBe('constructor');
    expect(episodeFieldLabel(t, '')).toBe('');
    expect(episodeFieldLabel(t, 'comments.0.x')).toBe('Comments 1: x');
  });

  it('has a label for every field a form holds and every field the reports ask for', () => {
    const fields = [
      ...Object.keys(emptyEpisodeValues()),
      ...missingFields('episode', { type: 'surgery', occurrence: 'recurrent', meshType: 'commercial' }),
      ...missingFields('eventLog', { kind: 'medication', drug: 'other' }),
      ...['temperature', 'pulse', 'systolic', 'diastolic', 'respiratoryRate', 'code', 'text', 'kind'],
    ];
    for (const label of episodeFieldLabels(t, fields)) expect(label).not.toMatch(/^[a-z]+[A-Z]|^[a-z]+$/);
  });
});
