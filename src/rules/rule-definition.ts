import type { ParameterKey } from './params/index.ts';
import type { Source } from './source.ts';
import type { Severity } from './verdict.ts';

/** The three checks; a rule key starts with its check's name. */
export type CheckName = 'project-type' | 'co-financing' | 'partnership';

/**
 * What the rules page and /rules.json say about one rule key: how serious a
 * finding of it is, the parameters whose values it uses, and the sentences it
 * rests on (quoted verbatim; a test finds each quote in its file).
 */
export interface RuleDefinition {
  readonly check: CheckName;
  readonly severity: Severity;
  readonly parameters: readonly ParameterKey[];
  /** Empty only for procedural rules (an unfinished quiz), which state no programme fact. */
  readonly sources: readonly Source[];
}

/** What the evaluation needs of a rule (rule-kinds.ts per check): no sources, so no quotes in a widget's script. */
export type RuleKind = Pick<RuleDefinition, 'severity' | 'parameters'>;

/** Builds a table of definitions from the check's kinds and sources; both tables' keys are checked against the key union. */
export const defineRules = <Rule extends string>(
  check: CheckName,
  kinds: Readonly<Record<Rule, RuleKind>>,
  sources: Record<Rule, Pick<RuleDefinition, 'sources'>>,
): Record<Rule, RuleDefinition> =>
  Object.fromEntries(
    Object.entries<Pick<RuleDefinition, 'sources'>>(sources).map(([k, v]) => [k, { check, ...kinds[k as Rule], ...v }]),
  ) as Record<Rule, RuleDefinition>;
