/**
 * /rules.json: the rules module's data for reuse outside this site — every
 * parameter with its dated values and public sources, the rule catalogue, the
 * quiz's decision graph, each check's input as JSON Schema (exported from its
 * zod schema), and example cases with their expected verdicts. Its shape is
 * /rules.schema.json (rules-document-schema.ts); `schemaVersion` numbers the
 * shape, `rulesVersion` hashes the content (rules-version.ts).
 */
import * as z from 'zod/mini';
import {
  SOURCES_READ_ON,
  coFinancingInputSchema,
  parameters,
  partnershipInputSchema,
  projectTypeAnswersSchema,
  projectTypeGraph,
  rulesCatalogue,
  traceTests,
  valueOn,
  type CheckName,
  type DatedValue,
  type Parameter,
  type RuleKey,
} from '../../rules/index.ts';
import { TAKES_DATE, exampleCases } from './examples.ts';
import { publicSource } from './public-source.ts';
import { rulesDocumentSchema, type RulesDocument } from './rules-document-schema.ts';
import { rulesVersion } from './rules-version.ts';

export const RULES_SCHEMA_VERSION = 2;

const INPUT_SCHEMAS: Readonly<Record<CheckName, z.ZodMiniType>> = {
  'project-type': projectTypeAnswersSchema,
  'co-financing': coFinancingInputSchema,
  partnership: partnershipInputSchema,
};

const datedValue = (v: DatedValue<unknown>) => ({
  value: v.value,
  validFrom: v.validFrom,
  ...(v.validFromGiven === undefined ? {} : { validFromGiven: v.validFromGiven }),
  ...(v.validTo === undefined ? {} : { validTo: v.validTo }),
  readOn: v.readOn,
  source: publicSource(v.source),
});

const ruleKeys = Object.keys(rulesCatalogue) as RuleKey[];

export function rulesDocument(opts: { generated: string; site: string }): RulesDocument {
  const content = {
    parameters: Object.fromEntries(
      (Object.entries(parameters) as [string, Parameter][]).map(([key, parameter]) => [
        key,
        { key, unit: parameter.unit, inForce: valueOn(parameter, opts.generated)?.value ?? null, values: parameter.values.map(datedValue) },
      ]),
    ),
    rules: Object.fromEntries(ruleKeys.map((key) => [key, { ...rulesCatalogue[key], sources: rulesCatalogue[key].sources.map(publicSource) }])),
    decisionGraph: projectTypeGraph,
    checks: Object.fromEntries(
      (Object.keys(INPUT_SCHEMAS) as CheckName[]).map((check) => [
        check,
        {
          takesDate: TAKES_DATE[check],
          inputSchema: z.toJSONSchema(INPUT_SCHEMAS[check]),
          rules: ruleKeys.filter((k) => rulesCatalogue[k].check === check),
          tests: Object.fromEntries(Object.entries(traceTests).filter(([, t]) => t.check === check).map(([test, t]) => [test, t.rules])),
        },
      ]),
    ),
    examples: exampleCases(),
  };
  const doc = {
    $schema: new URL('/rules.schema.json', opts.site).href,
    name: 'Atlasguiden: rules of Atlas partnerskap',
    schemaVersion: RULES_SCHEMA_VERSION,
    rulesVersion: rulesVersion(content),
    generated: opts.generated,
    sourcesReadOn: SOURCES_READ_ON,
    site: opts.site,
    note: 'Guidance based on the administrator’s texts, not the administrator’s own data. Secondary facts: check the current call.',
    ...content,
  };
  // A document that drifts from its published schema stops the build here.
  return rulesDocumentSchema.parse(JSON.parse(JSON.stringify(doc)));
}
