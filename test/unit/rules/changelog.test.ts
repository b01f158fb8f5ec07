/**
 * The changelog is the parameters' dated values read by the day a change takes
 * effect: a first value, a new value, the same value on a new source, an end.
 * Each change names the period it affects, up to the parameter's next change.
 */
import { expect, test } from 'vitest';
import { addDays, changelog, changesOf, parameters } from '../../../src/rules/index.ts';
import { defineParameter } from '../../../src/rules/parameter.ts';
import { SEED_FILES, seed } from '../../../src/rules/source.ts';

const src = seed(SEED_FILES.howItWorks, 'Minst fyra deltagare krävs');
const rate = defineParameter('rate', 'sek', [
  { value: 10, validFrom: '2024-01-01', validTo: '2024-12-31', readOn: '2024-02-01', source: src },
  { value: 12, validFrom: '2025-01-01', validTo: '2025-06-30', readOn: '2025-01-15', source: src },
  { value: 12, validFrom: '2025-07-01', validTo: '2025-12-31', readOn: '2025-07-02', source: src },
]);

test('addDays crosses months, years and leap days', () => {
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
});

test('each kind of change, with the period it affects', () => {
  const changes = changesOf('minParticipants', rate);
  expect(changes.map((c) => [c.period.from, c.kind, c.period.to])).toEqual([
    ['2024-01-01', 'first-value', '2024-12-31'],
    ['2025-01-01', 'changed', '2025-06-30'],
    ['2025-07-01', 'source-changed', '2025-12-31'],
    ['2026-01-01', 'ended', null],
  ]);
  expect(changes[1]!.before!.value).toBe(10);
  expect(changes[1]!.after!.value).toBe(12);
  expect(changes[3]!.after).toBeNull();
});

test('entries are grouped by day, newest first, and say when the guide recorded them', () => {
  const log = changelog({ minParticipants: rate });
  expect(log.entries.map((e) => e.date)).toEqual(['2026-01-01', '2025-07-01', '2025-01-01', '2024-01-01']);
  expect(log.entries.find((e) => e.date === '2025-01-01')!.recordedOn).toBe('2025-01-15');
  expect(log.undated).toEqual([]);
});

test('today’s data: every dated value starts an entry, undated values stand apart', () => {
  const log = changelog();
  const dated = Object.values(parameters).flatMap((p) => p.values.filter((v) => v.validFrom !== null));
  const starts = log.entries.flatMap((e) => e.changes.filter((c) => c.after !== null));
  expect(starts.length).toBe(dated.length);
  expect(log.entries.map((e) => e.date)).toContain('2026-01-01');
  const undated = Object.values(parameters).flatMap((p) => p.values.filter((v) => v.validFrom === null));
  expect(log.undated.length).toBe(undated.length);
  for (const entry of log.entries) for (const c of entry.changes) expect(c.period.from).toBe(entry.date);
});
