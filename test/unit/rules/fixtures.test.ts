/**
 * Every fixture through its check gives its expected kind, rule keys and (for
 * co-financing) figures; every invalid fixture names exactly its bad fields.
 * The same fixtures drive the widgets' tests and the workshop presets.
 */
import { describe, expect, test } from 'vitest';
import {
  FIXTURE_DATE,
  coFinancingFixtures,
  invalidCoFinancingFixtures,
  invalidPartnershipFixtures,
  invalidProjectTypeFixtures,
  partnershipFixtures,
  projectTypeFixtures,
  type InvalidFixture,
} from '../../../src/rules/fixtures/index.ts';
import { checkCoFinancing, checkPartnership, checkProjectType, type Verdict } from '../../../src/rules/index.ts';

const distinctRules = (v: Verdict<unknown>) =>
  v.kind === 'invalid' ? [] : [...new Set(v.findings.map((f) => f.rule))].sort();

const ids = (list: readonly { id: string }[]) => list.map((f) => f.id);

describe.each([
  ['project-type', [...ids(projectTypeFixtures), ...ids(invalidProjectTypeFixtures)]],
  ['co-financing', [...ids(coFinancingFixtures), ...ids(invalidCoFinancingFixtures)]],
  ['partnership', [...ids(partnershipFixtures), ...ids(invalidPartnershipFixtures)]],
])('%s fixtures', (_name, list) => {
  test('ids are kebab-case and unique', () => {
    for (const id of list) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(list).size).toBe(list.length);
  });
});

test('at least 12 valid fixtures per check', () => {
  for (const list of [projectTypeFixtures, coFinancingFixtures, partnershipFixtures]) {
    expect(list.length).toBeGreaterThanOrEqual(12);
  }
});

test.each([
  ...projectTypeFixtures,
  ...coFinancingFixtures,
  ...partnershipFixtures,
  ...invalidCoFinancingFixtures,
  ...invalidPartnershipFixtures,
  ...invalidProjectTypeFixtures,
])('fixture $id survives a JSON round trip unchanged', (fixture) => {
  expect(JSON.parse(JSON.stringify(fixture.input))).toStrictEqual(fixture.input);
});

describe('project type', () => {
  test.each(projectTypeFixtures)('$id', ({ input, expected }) => {
    const verdict = checkProjectType(input);
    expect(verdict.kind).toBe(expected.kind);
    expect(distinctRules(verdict)).toEqual([...expected.rules].sort());
    if (verdict.kind === 'invalid') return;
    expect(verdict.result.outcome).toBe(expected.outcome);
    expect(verdict.result.nextQuestion).toBe(expected.nextQuestion);
  });
});

describe('co-financing', () => {
  test.each(coFinancingFixtures)('$id', ({ input, expected }) => {
    const verdict = checkCoFinancing(input, { date: FIXTURE_DATE });
    expect(verdict.kind).toBe(expected.kind);
    expect(distinctRules(verdict)).toEqual([...expected.rules].sort());
    if (verdict.kind === 'invalid') return;
    const r = verdict.result;
    expect({
      grantOre: r.grantOre,
      ownContributionOre: r.ownContributionOre,
      totalOre: r.totalOre,
      ownShareBasisPoints: r.ownShareBasisPoints,
      shortfallOre: r.shortfallOre,
      staffHoursToCover: r.staffHoursToCover,
    }).toStrictEqual({
      grantOre: expected.grantOre,
      ownContributionOre: expected.ownContributionOre,
      totalOre: expected.totalOre,
      ownShareBasisPoints: expected.ownShareBasisPoints,
      shortfallOre: expected.shortfallOre,
      staffHoursToCover: expected.staffHoursToCover,
    });
  });
});

describe('partnership', () => {
  test.each(partnershipFixtures)('$id', ({ input, expected }) => {
    const verdict = checkPartnership(input, { date: FIXTURE_DATE });
    expect(verdict.kind).toBe(expected.kind);
    expect(distinctRules(verdict)).toEqual([...expected.rules].sort());
  });
});

const byPath = (errors: readonly { path: string; message: string }[]) =>
  [...errors].sort((a, b) => a.path.localeCompare(b.path));

describe.each([
  ['project type', invalidProjectTypeFixtures, checkProjectType],
  ['co-financing', invalidCoFinancingFixtures, checkCoFinancing],
  ['partnership', invalidPartnershipFixtures, checkPartnership],
] as const)('invalid %s fixtures', (_name, list: readonly InvalidFixture[], check: (input: unknown) => Verdict<unknown>) => {
  test.each(list)('$id', ({ input, expected }) => {
    const verdict = check(input);
    expect(verdict.kind).toBe('invalid');
    if (verdict.kind !== 'invalid') return;
    expect(byPath(verdict.errors)).toEqual(byPath(expected.errors));
  });
});
