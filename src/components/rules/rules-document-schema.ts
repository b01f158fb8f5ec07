/**
 * The shape of /rules.json as a zod/mini schema: the build parses the document
 * with it (a document that drifts from its schema stops the build), and
 * /rules.schema.json is this schema exported by zod's own `toJSONSchema`, so
 * the published JSON Schema is never written by hand. Objects are strict: a
 * field added to the document without its schema fails the same way.
 */
import * as z from 'zod/mini';
import {
  FIELD_ERROR_MESSAGES,
  OUTCOME_IDS,
  QUESTION_IDS,
  RULE_KEYS,
  TRACE_TESTS,
  parameters,
  type CheckName,
  type ParameterKey,
  type Relation,
  type RuleKey,
  type TraceTest,
  type Unit,
} from '../../rules/index.ts';

const nonEmpty = <T extends string>(list: readonly T[]) => list as unknown as readonly [T, ...T[]];
const keysOf = <K extends string>(record: Readonly<Record<K, true>>) => nonEmpty(Object.keys(record) as K[]);

/** Every unit and check name once: a missing one is a type error here. */
const UNITS = keysOf<Unit>({ count: true, percent: true, sek: true, weeks: true, 'per-year': true, year: true, 'country-list': true, 'term-list': true });
export const CHECK_NAMES = keysOf<CheckName>({ 'project-type': true, 'co-financing': true, partnership: true });
const PARAMETER_KEYS = nonEmpty(Object.keys(parameters) as ParameterKey[]);
const RULES = nonEmpty<RuleKey>(RULE_KEYS);
const TESTS = nonEmpty<TraceTest>(TRACE_TESTS);
const RELATIONS = keysOf<Relation>({ 'at-least': true, 'at-most': true, none: true, some: true, 'both-or-neither': true, within: true, computed: true, answer: true });

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

const isoDate = described(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)), 'A calendar date, YYYY-MM-DD.');
const bilingual = z.strictObject({ sv: z.string(), en: z.string() });
const severity = z.enum(['blocker', 'warning', 'info']);
const parameterValue = described(
  z.union([z.number(), z.array(z.string())]),
  'A number in the parameter’s unit (whole kronor for sek), or a list of ISO 3166-1 alpha-2 codes or term keys.',
);

const publicSource = z.strictObject({
  kind: z.enum(['administrator-text', 'other-public-material']),
  origin: described(bilingual, 'Who published the source and where, in words.'),
  title: z.nullable(described(z.string(), 'The administrator’s page title, for its own texts.')),
  address: z.nullable(described(z.string(), 'The administrator’s site, for its own texts.')),
  readOn: z.nullable(isoDate),
  quote: z.nullable(z.strictObject({ lang: z.literal('sv'), text: z.string() })),
  grade: z.nullable(z.enum(['official', 'secondary', 'derived'])),
  checkCurrentCall: described(z.boolean(), 'A secondary fact: check it in the current call.'),
  ours: described(z.boolean(), 'The guide’s own reading or compilation, not the administrator’s statement.'),
});

const datedValue = z.strictObject({
  value: parameterValue,
  validFrom: z.nullable(described(isoDate, 'The first day the value applies; null: the source states no start date.')),
  validFromGiven: z.optional(
    described(z.literal('year'), 'The source gives only the year: validFrom is its first day, the guide’s reading.'),
  ),
  validTo: z.optional(described(isoDate, 'The last day the value applied, if it has ended.')),
  readOn: isoDate,
  source: publicSource,
});

const parameterEntry = z.strictObject({
  key: z.enum(PARAMETER_KEYS),
  unit: z.enum(UNITS),
  inForce: z.nullable(described(parameterValue, 'The value in force on `generated`; null: none is.')),
  values: described(z.array(datedValue), 'Every dated value, oldest first.'),
});

const rule = z.strictObject({
  check: z.enum(CHECK_NAMES),
  severity,
  parameters: z.array(z.enum(PARAMETER_KEYS)),
  sources: z.array(publicSource),
});

const answer = z.strictObject({
  id: z.string(),
  next: z.enum([...QUESTION_IDS, ...OUTCOME_IDS]),
  rules: z.optional(z.array(z.enum(RULES))),
});

const decisionGraph = z.strictObject({
  start: z.enum(QUESTION_IDS),
  questions: z.record(z.enum(QUESTION_IDS), z.strictObject({ answers: z.array(answer) })),
  outcomes: z.record(
    z.enum(OUTCOME_IDS),
    z.strictObject({ programme: z.string(), rules: z.array(z.enum(RULES)), parameters: z.array(z.enum(PARAMETER_KEYS)) }),
  ),
});

const check = z.strictObject({
  takesDate: described(z.boolean(), 'Whether the verdict depends on the day asked about (its rules use dated parameters).'),
  inputSchema: described(z.record(z.string(), z.unknown()), 'JSON Schema of the check’s input, exported from its zod schema.'),
  rules: z.array(z.enum(RULES)),
  tests: described(
    z.partialRecord(z.enum(TESTS), z.array(z.enum(RULES))),
    'The tests of the check’s trace, in its order, each with the rules its steps may apply.',
  ),
});

const traceStep = z.strictObject({
  test: z.enum(TESTS),
  rule: described(z.enum(RULES), 'The rule the test applies: its sources; a failed test gives its finding.'),
  held: z.boolean(),
  relation: described(
    z.enum(RELATIONS),
    'How the first two values relate: at-least, at-most (a number against its limit); none (the second lists what breaks the rule); some (a count above zero); both-or-neither; within (an entered rate within a factor of the parameter’s); computed (a figure, always held); answer (a quiz answer, held while Atlas partnerskap can follow).',
  ),
  values: described(
    z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.array(z.string())])),
    'The values the test compared: counts, öre, basis points, codes, or lists of codes or input row paths.',
  ),
});

const fieldError = z.strictObject({ path: z.string(), message: z.enum([...FIELD_ERROR_MESSAGES]) });

const example = z.strictObject({
  id: z.string(),
  check: z.enum(CHECK_NAMES),
  title: bilingual,
  input: described(z.unknown(), 'The check’s input, as JSON.'),
  asOf: z.nullable(described(isoDate, 'The day to ask about; null for a check that takes no date.')),
  expected: z.union([
    z.strictObject({
      kind: z.enum(['eligible', 'not-eligible', 'needs-attention']),
      rules: described(z.array(z.enum(RULES)), 'The distinct rule keys of the findings, in any order.'),
      result: described(z.record(z.string(), z.unknown()), 'Figures and fields of the result the case pins down.'),
      trace: described(z.array(traceStep), 'Every test the check made, in order, with the values it compared (the "Why?" of the answer).'),
    }),
    z.strictObject({
      kind: z.literal('invalid'),
      errors: described(z.array(fieldError), 'Every bad field with its message key, in any order.'),
    }),
  ]),
});

export const rulesDocumentSchema = z.strictObject({
  $schema: z.string(),
  name: z.string(),
  schemaVersion: described(z.int(), 'The shape of this document; raised when a field changes meaning or goes.'),
  rulesVersion: described(
    z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/)),
    'SHA-256 of the RFC 8785 (JCS) serialisation of {parameters, rules, decisionGraph, checks, examples}: changes exactly when the rules data does.',
  ),
  generated: described(isoDate, 'The day the document was built; `inForce` is as of this day.'),
  sourcesReadOn: isoDate,
  site: z.string(),
  note: z.string(),
  parameters: z.record(z.enum(PARAMETER_KEYS), parameterEntry),
  rules: z.record(z.enum(RULES), rule),
  decisionGraph,
  checks: z.record(z.enum(CHECK_NAMES), check),
  examples: described(z.array(example), 'Example cases another implementation can run: input, day, expected verdict.'),
});

export type RulesDocument = z.infer<typeof rulesDocumentSchema>;

/** The JSON Schema of /rules.json, by zod's own export (draft 2020-12). */
export const rulesJsonSchema = (id: string) => ({ ...z.toJSONSchema(rulesDocumentSchema), $id: id, title: 'Atlasguiden: rules of Atlas partnerskap (/rules.json)' });
