/**
 * The decision graph is sound: ids are distinct, every edge leads somewhere
 * that exists, every question and outcome is reachable from the start, there
 * is no cycle, and every path ends in an outcome. The walk ignores answers off
 * its path and stops at the first unanswered question.
 */
import { describe, expect, test } from 'vitest';
import {
  ANSWER_IDS,
  OUTCOME_IDS,
  QUESTION_IDS,
  checkProjectType,
  isOutcomeId,
  projectTypeGraph as graph,
  rulesCatalogue,
  walk,
  type AnswerMap,
  type OutcomeId,
  type QuestionId,
} from '../../../src/rules/index.ts';

type Node = QuestionId | OutcomeId;

/** Every complete path from the start, as the answers that produce it. */
function allPaths(): { answers: AnswerMap; outcome: OutcomeId }[] {
  const out: { answers: AnswerMap; outcome: OutcomeId }[] = [];
  const visit = (node: Node, answers: Record<string, string>, seen: Set<Node>) => {
    if (seen.has(node)) throw new Error(`cycle at ${node}`);
    if (isOutcomeId(node)) {
      out.push({ answers: { ...answers }, outcome: node });
      return;
    }
    for (const a of graph.questions[node].answers) {
      visit(a.next, { ...answers, [node]: a.id }, new Set([...seen, node]));
    }
  };
  visit(graph.start, {}, new Set());
  return out;
}

test('question and outcome ids are distinct from each other', () => {
  const all = [...QUESTION_IDS, ...OUTCOME_IDS];
  expect(new Set(all).size).toBe(all.length);
});

test('every question lists exactly its answer ids, each once', () => {
  for (const q of QUESTION_IDS) {
    const ids = graph.questions[q].answers.map((a) => a.id);
    expect(ids).toEqual([...ANSWER_IDS[q]]);
  }
});

test('every edge leads to a question or an outcome that exists', () => {
  for (const q of QUESTION_IDS) {
    for (const a of graph.questions[q].answers) {
      expect([...QUESTION_IDS, ...OUTCOME_IDS] as string[]).toContain(a.next);
    }
  }
});

const paths = allPaths();

test('there is no cycle and every path ends in an outcome', () => {
  expect(paths.length).toBeGreaterThan(0);
  for (const p of paths) expect(OUTCOME_IDS as readonly string[]).toContain(p.outcome);
});

test('every question and every outcome is reachable from the start', () => {
  const reached = new Set<string>(paths.flatMap((p) => [...Object.keys(p.answers), p.outcome]));
  for (const id of [...QUESTION_IDS, ...OUTCOME_IDS]) expect(reached, id).toContain(id);
});

test('the rules named by answers and outcomes exist and belong to the project-type check', () => {
  const named = [
    ...QUESTION_IDS.flatMap((q) => graph.questions[q].answers.flatMap((a) => a.rules ?? [])),
    ...OUTCOME_IDS.flatMap((o) => graph.outcomes[o].rules),
  ];
  for (const rule of named) expect(rulesCatalogue[rule].check).toBe('project-type');
});

describe.each(paths)('path to $outcome', ({ answers, outcome }) => {
  test('walk and check reach the outcome, with its rules among the findings', () => {
    expect(walk(graph, answers).outcome).toBe(outcome);
    const verdict = checkProjectType(answers);
    expect(verdict.kind).not.toBe('invalid');
    if (verdict.kind === 'invalid') return;
    expect(verdict.result.outcome).toBe(outcome);
    expect(verdict.result.nextQuestion).toBeNull();
    const rules = verdict.findings.map((f) => f.rule);
    for (const rule of graph.outcomes[outcome].rules) expect(rules).toContain(rule);
    expect(new Set(rules).size).toBe(rules.length);
    // Atlas partnerskap outcomes that can be applied for are eligible; the others point elsewhere.
    const expectedKind = outcome === 'new-project' || outcome === 'deepening-project' ? 'eligible' : 'not-eligible';
    expect(verdict.kind).toBe(expectedKind);
  });

  test('dropping the last answer stops at that question', () => {
    const keys = Object.keys(answers) as QuestionId[];
    const last = keys.at(-1);
    if (last === undefined) return;
    const shorter: Record<string, string | undefined> = { ...answers };
    delete shorter[last];
    const w = walk(graph, shorter);
    expect(w.outcome).toBeNull();
    expect(w.nextQuestion).toBe(last);
    expect(w.path.length).toBe(keys.length - 1);
  });
});

test('answers off the path are ignored', () => {
  const verdict = checkProjectType({ activity: 'planning-visit', 'granted-before': 'yes', 'same-partner': 'yes' });
  expect(verdict.kind).toBe('not-eligible');
  if (verdict.kind === 'invalid') return;
  expect(verdict.result.outcome).toBe('atlas-planering');
  expect(verdict.result.path).toEqual([{ question: 'activity', answer: 'planning-visit' }]);
});

test('an unknown answer id is a field error even off the path', () => {
  const verdict = checkProjectType({ activity: 'planning-visit', 'same-partner': 'maybe' });
  expect(verdict).toEqual({ kind: 'invalid', errors: [{ path: 'same-partner', message: 'enum.unknown' }] });
});
