import { z } from 'zod';
import { fieldLabel } from './field-labels';

/**
 * What a living patient can show, generously: outside these a value is a typing slip or the wrong
 * unit (a temperature of 98.6 is Fahrenheit). Abnormal but possible values must always pass.
 */
export const VITAL_SIGN_RANGES = {
  temperature: { min: 25, max: 45, unit: '°C', whole: false },
  pulse: { min: 20, max: 250, unit: '/min', whole: true },
  systolic: { min: 40, max: 300, unit: 'mmHg', whole: true },
  diastolic: { min: 10, max: 200, unit: 'mmHg', whole: true },
  respiratoryRate: { min: 3, max: 100, unit: '/min', whole: true },
  spo2: { min: 30, max: 100, unit: '%', whole: true },
} as const;
export type VitalSign = keyof typeof VITAL_SIGN_RANGES;

function vitalSign(name: VitalSign) {
  const { min, max, unit, whole } = VITAL_SIGN_RANGES[name];
  const label = fieldLabel([name], { kind: 'eventLog' });
  const hint = name === 'temperature' ? ' Enter it in degrees Celsius.' : '';
  const outOfRange = (issue: { input?: unknown }) =>
    `The ${label} ${String(issue.input)} ${unit} is not possible: it must be between ${min} and ${max} ${unit}.${hint}`;
  const base = whole ? z.int() : z.number();
  return base.min(min, { error: outOfRange }).max(max, { error: outOfRange }).optional();
}

export const vitalSignsShape = {
  temperature: vitalSign('temperature'),
  pulse: vitalSign('pulse'),
  systolic: vitalSign('systolic'),
  diastolic: vitalSign('diastolic'),
  respiratoryRate: vitalSign('respiratoryRate'),
  spo2: vitalSign('spo2'),
};

/** The lower blood pressure at or above the upper one is two numbers swapped or mistyped. */
export function bloodPressureProblem(vitals: { systolic?: number; diastolic?: number }): string | undefined {
  const { systolic, diastolic } = vitals;
  if (systolic === undefined || diastolic === undefined || diastolic < systolic) return undefined;
  return `The diastolic blood pressure (${diastolic}) must be lower than the systolic (${systolic}).`;
}
