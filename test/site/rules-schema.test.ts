/**
 * /rules.json is valid by /rules.schema.json (zod's own JSON Schema export,
 * checked here by ajv, an independent validator), its rulesVersion is the
 * content hash it says it is, it names public sources only, and every example
 * case it publishes gives its expected verdict when run through the rules
 * module, so another implementation can trust the cases it runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { canonicalJson, rulesVersion } from '../../src/components/rules/rules-version.ts';
import { SEED_FILES, checkCoFinancing, checkPartnership, checkProjectType, type Verdict } from '../../src/rules/index.ts';
import { DIST } from '../support/dist.ts';

const read = (file: string) => JSON.parse(readFileSync(join(DIST, file), 'utf8')) as Record<string, unknown>;
const doc = read('rules.json');
const schema = read('rules.schema.json');

interface Example {
  id: string;
  check: 'project-type' | 'co-financing' | 'partnership';
  input: unknown;
  asOf: string | null;
  expected: { kind: string; rules?: string[]; result?: Record<string, unknown>; trace?: unknown[]; errors?: { path: string; message: string }[] };
}
const examples = doc.examples as Example[];
const checks = doc.checks as Record<Example['check'], { inputSchema: Record<string, unknown>; takesDate: boolean }>;

// Ajv's defaults: unknown keywords are errors (strictSchema); its style lints stay off, as zod's export is valid 2020-12 without them.
const ajv = new Ajv2020({ allErrors: true });
const validateDoc = ajv.compile(schema);

test('rules.json validates against rules.schema.json', () => {
  const ok = validateDoc(doc);
  expect(validateDoc.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  expect(doc.$schema).toBe(schema.$id);
});

test('the schema refuses a document that breaks it (the check can fail)', () => {
  const broken = structuredClone(doc) as Record<string, Record<string, Record<string, unknown>>>;
  broken.parameters!.minParticipants!.unit = 'furlongs';
  expect(validateDoc(broken)).toBe(false);
  expect(validateDoc({ ...doc, stray: true })).toBe(false);
  const { rulesVersion: _dropped, ...withoutVersion } = doc;
  expect(validateDoc(withoutVersion)).toBe(false);
});

test('rulesVersion is the SHA-256 of the JCS serialisation of the rules content, and moves when a value does', () => {
  expect(rulesVersion(doc as never)).toBe(doc.rulesVersion);
  const changed = structuredClone(doc) as { parameters: { minParticipants: { values: { value: number }[] } } };
  changed.parameters.minParticipants.values[0]!.value = 5;
  expect(rulesVersion(changed as never)).not.toBe(doc.rulesVersion);
  expect(rulesVersion({ ...doc, generated: '1999-01-01' } as never)).toBe(doc.rulesVersion);
  expect(canonicalJson({ b: [1, { d: 'x', c: null }], a: 'å' })).toBe('{"a":"å","b":[1,{"c":null,"d":"x"}]}');
});

test('rules.json names public sources, never the internal files or the facts compilation', () => {
  const text = JSON.stringify(doc);
  for (const file of Object.values(SEED_FILES)) expect(text).not.toContain(file);
  expect(text).not.toMatch(/FACTS|\.md\b|\.txt\b|seedFiles/);
  const sources = Object.values(doc.parameters as Record<string, { values: { source: Record<string, unknown> }[] }>).flatMap((p) =>
    p.values.map((v) => v.source),
  );
  const administrator = sources.filter((s) => s.kind === 'administrator-text');
  expect(administrator.length).toBeGreaterThan(0);
  for (const s of administrator) {
    expect(['Så fungerar det', 'Atlas partnerskap']).toContain(s.title);
    expect(s.address).toBe('https://www.utbyten.se/');
    expect(s.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  expect(sources.some((s) => s.checkCurrentCall === true)).toBe(true);
});

test('each check lists its trace tests, and every valid example carries a trace of them', () => {
  for (const [name, c] of Object.entries(checks) as [Example['check'], { tests?: Record<string, string[]> }][]) {
    const tests = Object.keys(c.tests ?? {});
    expect(tests.length, name).toBeGreaterThan(0);
    for (const e of examples.filter((x) => x.check === name && x.expected.kind !== 'invalid')) {
      for (const step of e.expected.trace as { test: string }[]) expect(tests, e.id).toContain(step.test);
    }
  }
});

test('there are example cases for every check, valid and invalid', () => {
  for (const check of ['project-type', 'co-financing', 'partnership'] as const) {
    expect(examples.filter((e) => e.check === check && e.expected.kind !== 'invalid').length, check).toBeGreaterThanOrEqual(12);
    expect(examples.some((e) => e.check === check && e.expected.kind === 'invalid'), check).toBe(true);
  }
  expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
  // A day no value covers is a case too: invalid at asOf, never a fallback on another day's value.
  expect(examples.some((e) => e.expected.errors?.some((err) => err.path === 'asOf' && err.message === 'date.no-value-in-force'))).toBe(true);
});

const run = (e: Example): Verdict<unknown> => {
  const options = e.asOf === null ? {} : { date: e.asOf };
  if (e.check === 'project-type') return checkProjectType(e.input);
  return e.check === 'co-financing' ? checkCoFinancing(e.input, options) : checkPartnership(e.input, options);
};
const byPath = (errors: readonly { path: string; message: string }[]) => [...errors].sort((a, b) => a.path.localeCompare(b.path));

describe('every example case gives its expected verdict through the rules module', () => {
  test.each(examples.map((e) => [e.id, e] as const))('%s', (_id, e) => {
    expect(e.asOf === null, 'a day exactly where the check takes one').toBe(!checks[e.check].takesDate);
    const verdict = run(e);
    expect(verdict.kind).toBe(e.expected.kind);
    if (verdict.kind === 'invalid') {
      expect(byPath(verdict.errors)).toEqual(byPath(e.expected.errors!));
      return;
    }
    expect([...new Set(verdict.findings.map((f) => f.rule))].sort()).toEqual([...e.expected.rules!].sort());
    const result = verdict.result as Record<string, unknown>;
    for (const [field, value] of Object.entries(e.expected.result!)) expect(result[field], field).toStrictEqual(value);
    // The published trace is the module's: every test, rule, flag and value, in order.
    expect(verdict.trace).toStrictEqual(e.expected.trace);
  });
});

describe('each valid example’s input is valid by its check’s published input schema', () => {
  const validators = Object.fromEntries(Object.entries(checks).map(([name, c]) => [name, ajv.compile(c.inputSchema)]));
  test.each(examples.filter((e) => e.expected.kind !== 'invalid').map((e) => [e.id, e] as const))('%s', (_id, e) => {
    const validate = validators[e.check]!;
    expect(validate(e.input), JSON.stringify(validate.errors)).toBe(true);
  });
  test('an input schema refuses what its check refuses (the check can fail)', () => {
    expect(validators.partnership!({ participants: 2.5 })).toBe(false);
    expect(validators['project-type']!({ activity: 'sailing' })).toBe(false);
  });
});
