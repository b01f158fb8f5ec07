/**
 * /rules.json: the parameters with their dated values and sources, for reuse
 * outside this site. Plain data; the shape is versioned by `schemaVersion`.
 */
import {
  SEED_FILES,
  SOURCES_READ_ON,
  parameters,
  projectTypeGraph,
  rulesCatalogue,
  valueAt,
  type Parameter,
} from '../../rules/index.ts';

export const RULES_SCHEMA_VERSION = 1;

export function rulesDocument(opts: { generated: string; site: string; extra?: Record<string, unknown> }) {
  const params = Object.fromEntries(
    (Object.entries(parameters) as [string, Parameter][]).map(([key, parameter]) => [
      key,
      { key, unit: parameter.unit, current: valueAt(parameter, opts.generated).value, values: parameter.values },
    ]),
  );
  return {
    name: 'Atlasguiden: rules of Atlas partnerskap',
    schemaVersion: RULES_SCHEMA_VERSION,
    generated: opts.generated,
    sourcesReadOn: SOURCES_READ_ON,
    site: opts.site,
    seedFiles: SEED_FILES,
    note: 'Guidance based on the administrator’s texts, not the administrator’s own data. Secondary facts: check the current call.',
    parameters: params,
    /** Every rule key the checks report, with severity, parameters used and sources. */
    rules: rulesCatalogue,
    /** The project-type quiz: questions, answers and where each leads. */
    decisionGraph: projectTypeGraph,
    ...opts.extra,
  };
}
