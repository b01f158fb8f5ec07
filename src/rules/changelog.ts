/**
 * What changed, from when: a view of the parameters' dated values, read by the
 * day each change takes effect (like OpenFisca's changelog, which names the
 * periods a change affects). Nothing here is typed by hand: a change is a day
 * on which the value in force differs from the day before's, so adding a
 * dated value to a parameter adds its entry. Values without a start date are
 * not changes (the sources state no day for them); they are listed apart.
 */
import type { DatedValue, IsoDate, Parameter } from './parameter.ts';
import { valueOn } from './parameter.ts';
import { parameters, type ParameterKey } from './params/index.ts';

/**
 * - `first-value`: the first value the guide holds (none the day before);
 * - `changed`: another value than the day before's;
 * - `source-changed`: the same value, now resting on another source;
 * - `ended`: the value ended and none follows it.
 */
export type ChangeKind = 'first-value' | 'changed' | 'source-changed' | 'ended';

/** A span of days, both ends included; `to` null when it has no end yet. */
export interface Period {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export interface ParameterChange {
  readonly parameter: ParameterKey;
  readonly kind: ChangeKind;
  /** The value in force the day before, if any. */
  readonly before: DatedValue<unknown> | null;
  /** The value in force from the change's day, null when the change ends the parameter's values. */
  readonly after: DatedValue<unknown> | null;
  /** The days the change affects: from its day until the parameter next changes. */
  readonly period: Period;
}

export interface ChangeEntry {
  /** The day the changes take effect. */
  readonly date: IsoDate;
  /** `year` when every change's source gives only the year (the day is our reading: say the year). */
  readonly dateGiven?: 'year';
  readonly changes: readonly ParameterChange[];
  /** The latest day a source behind these changes was read: when the guide recorded them. */
  readonly recordedOn: IsoDate;
}

export interface UndatedValue {
  readonly parameter: ParameterKey;
  readonly value: DatedValue<unknown>;
}

export interface Changelog {
  /** Newest first. */
  readonly entries: readonly ChangeEntry[];
  /** Values whose sources give no start date, so no change can be dated. */
  readonly undated: readonly UndatedValue[];
}

const DAY_MS = 86_400_000;
const toTime = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

/** The ISO date `days` days after `date` (negative: before). */
export const addDays = (date: IsoDate, days: number): IsoDate => fromTime(toTime(date) + days * DAY_MS);

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The days on which a parameter's value in force may change: every start, and the day after every end. */
function changeDays(parameter: Parameter<unknown>): IsoDate[] {
  const days = parameter.values.flatMap((v) => [
    ...(v.validFrom === null ? [] : [v.validFrom]),
    ...(v.validTo === undefined ? [] : [addDays(v.validTo, 1)]),
  ]);
  return [...new Set(days)].sort();
}

function kindOf(before: DatedValue<unknown> | undefined, after: DatedValue<unknown> | undefined): ChangeKind {
  if (!before) return 'first-value';
  if (!after) return 'ended';
  return sameValue(before.value, after.value) ? 'source-changed' : 'changed';
}

/** One parameter's changes, oldest first. */
export function changesOf(key: ParameterKey, parameter: Parameter<unknown>): ParameterChange[] {
  const days = changeDays(parameter);
  const changes = days.flatMap((day) => {
    const before = valueOn(parameter, addDays(day, -1));
    const after = valueOn(parameter, day);
    return before === after ? [] : [{ day, before, after }];
  });
  return changes.map(({ day, before, after }, i) => {
    const next = changes[i + 1];
    return {
      parameter: key,
      kind: kindOf(before, after),
      before: before ?? null,
      after: after ?? null,
      period: { from: day, to: next ? addDays(next.day, -1) : (after?.validTo ?? null) },
    };
  });
}

const recordedOn = (change: ParameterChange): IsoDate =>
  [change.before?.readOn, change.after?.readOn].filter((d): d is IsoDate => d !== undefined).sort().at(-1)!;

/** Every dated change of `params` (default: all parameters), grouped by the day it takes effect. */
export function changelog(params: Readonly<Record<string, Parameter<unknown>>> = parameters): Changelog {
  const keys = Object.keys(params) as ParameterKey[];
  const all = keys.flatMap((key) => changesOf(key, params[key]!));
  const days = [...new Set(all.map((c) => c.period.from))].sort().reverse();
  const entries = days.map((date) => {
    const changes = all.filter((c) => c.period.from === date);
    const yearOnly = changes.every((c) => (c.after ?? c.before)?.validFromGiven === 'year');
    return { date, changes, recordedOn: changes.map(recordedOn).sort().at(-1)!, ...(yearOnly ? { dateGiven: 'year' as const } : {}) };
  });
  const undated = keys.flatMap((key) =>
    params[key]!.values.filter((v) => v.validFrom === null).map((value) => ({ parameter: key, value })),
  );
  return { entries, undated };
}
