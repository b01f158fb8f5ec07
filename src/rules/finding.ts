import type { RuleKind } from './rule-definition.ts';
import type { Finding, FindingParams } from './verdict.ts';

/**
 * A finding of `rule`, with the severity its definition fixes and, in
 * `params.parameters`, the parameter keys it rests on (so a page can show
 * "source" beside each finding without looking the rule up).
 */
export function finding<Rule extends string>(
  definitions: Readonly<Record<Rule, RuleKind>>,
  rule: Rule,
  params: FindingParams = {},
): Finding<Rule> {
  const definition = definitions[rule];
  return { rule, severity: definition.severity, params: { ...params, parameters: definition.parameters } };
}
