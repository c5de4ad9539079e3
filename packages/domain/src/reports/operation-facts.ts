import { daysBetween } from '../records/dates';
import { lengthOfStayDays } from '../records/length-of-stay';
import { FOLLOW_UP_DUE_DAYS } from '../worklists/patient-worklist';
import { type Operation, textOf } from './operation-join';
import { NOT_RECORDED, type Outcome } from './shares';

type Values = Readonly<Record<string, unknown>>;

/** The length of stay of an operation: days, or why there is no number. */
export type Stay = number | 'noDischarge' | typeof NOT_RECORDED;

/**
 * What the reports count of one operation, worked out once. Groups are keys (a month `YYYY-MM`, a
 * hospital id, a region, a code, a staff id), NOT_RECORDED when the record does not say.
 */
export interface OperationFacts {
  month: string;
  hospital: string;
  region: string;
  herniaSite: string;
  cepod: string;
  surgeon: string;
  /** Emergency (yes) or planned (no). */
  emergency: Outcome;
  /** Any complication on the operation, its discharge or a follow-up (see complicationOf). */
  complication: Outcome;
  /** Followed up, among operations whose follow-up is due (see followUpOf). */
  followUp: Outcome;
  /** Recurrence at a follow-up, among operations followed up. */
  recurrence: Outcome;
  stay: Stay;
}

const MONTH = /^\d{4}-\d{2}/;
const listed = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

export function factsOf(
  operation: Operation,
  regionOf: (hospitalId: string) => string | undefined,
  asOf: string,
): OperationFacts {
  const { data, date, hospitalId } = operation;
  const cepod = textOf(data.cepod);
  const discharge = firstDischarge(operation.discharges);
  return {
    month: date && MONTH.test(date) ? date.slice(0, 7) : NOT_RECORDED,
    hospital: hospitalId ?? NOT_RECORDED,
    region: (hospitalId && regionOf(hospitalId)) || NOT_RECORDED,
    herniaSite: textOf(data.herniaSite) ?? NOT_RECORDED,
    cepod: cepod ?? NOT_RECORDED,
    surgeon: textOf(data.primarySurgeonId) ?? NOT_RECORDED,
    emergency: cepod === 'emergency' ? 'yes' : cepod === 'planned' ? 'no' : 'notRecorded',
    complication: complicationOf(operation),
    followUp: followUpOf(operation, textOf(discharge?.date) ?? date, asOf),
    recurrence: recurrenceOf(operation.followUps),
    stay: discharge ? (lengthOfStayDays(date, textOf(discharge.date)) ?? NOT_RECORDED) : 'noDischarge',
  };
}

/**
 * The discharge that ended the stay: the earliest dated one (a second would be a data-entry slip),
 * else any. Chosen by date, not by arrival order, so every device reports the same.
 */
function firstDischarge(discharges: readonly Values[]): Values | undefined {
  let first: Values | undefined;
  for (const discharge of discharges) {
    const date = textOf(discharge.date);
    const held = textOf(first?.date);
    if (!first || (date && (!held || date < held))) first = discharge;
  }
  return first;
}

/**
 * yes: a complication is listed on the operation, on a discharge (or a discharge answers "any
 * complications" yes), or a follow-up lists one or finds an infection or a seroma. no: none of that,
 * and at least one of those questions was answered no. notRecorded: no one has answered any of them.
 */
function complicationOf({ data, discharges, followUps }: Operation): Outcome {
  let answered = false;
  if (listed(data.complications)) return 'yes';
  for (const d of discharges) {
    if (listed(d.complications) || d.anyComplications === 'yes') return 'yes';
    answered ||= d.anyComplications === 'no';
  }
  for (const f of followUps) {
    if (listed(f.complications) || f.infection === 'yes' || f.seroma === 'yes') return 'yes';
    answered ||= f.infection === 'no' || f.seroma === 'no';
  }
  return answered ? 'no' : 'notRecorded';
}

/**
 * Due FOLLOW_UP_DUE_DAYS after the discharge, or after the operation when no discharge date is
 * known (a missing discharge must not hide a missing follow-up). notApplicable: not due yet on
 * `asOf`; notRecorded: no date to count from.
 */
function followUpOf({ followUps }: Operation, countFrom: string | undefined, asOf: string): Outcome {
  const daysSince = countFrom === undefined ? undefined : daysBetween(countFrom, asOf);
  if (daysSince === undefined) return 'notRecorded';
  if (daysSince < FOLLOW_UP_DUE_DAYS) return 'notApplicable';
  return followUps.length > 0 ? 'yes' : 'no';
}

/** yes when any follow-up found a recurrence; no when one found none; notApplicable without follow-up. */
function recurrenceOf(followUps: readonly Values[]): Outcome {
  if (followUps.length === 0) return 'notApplicable';
  if (followUps.some((f) => f.recurrence === 'yes')) return 'yes';
  return followUps.some((f) => f.recurrence === 'no') ? 'no' : 'notRecorded';
}
