/**
 * The quiz map (frågornas karta) as data, walked from the rules module's
 * decision graph at build time: a tree for the diagram (an outcome reached
 * along several paths appears once per path, so the drawing needs no crossing
 * lines), and a flat, numbered list of questions with each answer's edge for
 * the text version. Pure, so a unit test can hold it against the graph.
 */
import {
  isOutcomeId,
  type AnswerId,
  type OutcomeId,
  type ProjectTypeGraph,
  type QuestionId,
} from '../../rules/project-type/graph.ts';

/** One answer of one question and where it leads. */
export interface MapEdge {
  readonly question: QuestionId;
  readonly answer: AnswerId;
  readonly next: QuestionId | OutcomeId;
}

export type TreeNode =
  | { readonly kind: 'question'; readonly id: QuestionId; readonly branches: readonly Branch[] }
  | { readonly kind: 'outcome'; readonly id: OutcomeId };

export interface Branch {
  readonly edge: MapEdge;
  readonly child: TreeNode;
}

/** Stable text key of an edge, for data attributes and tests: `activity:exchange>has-partner`. */
export const edgeKey = (e: MapEdge): string => `${e.question}:${e.answer}>${e.next}`;

const edgesOf = (graph: ProjectTypeGraph, question: QuestionId): MapEdge[] =>
  graph.questions[question].answers.map((a) => ({ question, answer: a.id, next: a.next }));

/** The graph unfolded into a tree from its start question. */
export function quizTree(graph: ProjectTypeGraph): TreeNode {
  const limit = Object.keys(graph.questions).length;
  const grow = (node: QuestionId | OutcomeId, depth: number): TreeNode => {
    if (isOutcomeId(node)) return { kind: 'outcome', id: node };
    // The graph is acyclic (a rules test proves it); the bound stops a broken one.
    if (depth > limit) throw new Error('projectTypeGraph has a cycle');
    return {
      kind: 'question',
      id: node,
      branches: edgesOf(graph, node).map((edge) => ({ edge, child: grow(edge.next, depth + 1) })),
    };
  };
  return grow(graph.start, 0);
}

/**
 * Questions in the order a reader meets them (breadth first from the start),
 * each with its edges: the text version numbers them in this order.
 */
export function questionsInOrder(graph: ProjectTypeGraph): { id: QuestionId; edges: MapEdge[] }[] {
  const seen = new Set<QuestionId>();
  const queue: QuestionId[] = [graph.start];
  const out: { id: QuestionId; edges: MapEdge[] }[] = [];
  while (queue.length > 0) {
    const q = queue.shift()!;
    if (seen.has(q)) continue;
    seen.add(q);
    const edges = edgesOf(graph, q);
    out.push({ id: q, edges });
    for (const e of edges) if (!isOutcomeId(e.next) && !seen.has(e.next)) queue.push(e.next);
  }
  return out;
}

/**
 * For each outcome, the answers of the first path (depth first) that reaches
 * it: the page asks the rules module for that path's verdict, so an outcome's
 * colour in the diagram comes from the rules, not from a table here.
 */
export function firstPathTo(tree: TreeNode): Map<OutcomeId, Partial<Record<QuestionId, AnswerId>>> {
  const found = new Map<OutcomeId, Partial<Record<QuestionId, AnswerId>>>();
  const visit = (node: TreeNode, answers: Partial<Record<QuestionId, AnswerId>>): void => {
    if (node.kind === 'outcome') {
      if (!found.has(node.id)) found.set(node.id, answers);
      return;
    }
    for (const b of node.branches) visit(b.child, { ...answers, [b.edge.question]: b.edge.answer });
  };
  visit(tree, {});
  return found;
}

/** Outcomes in the order the text version first reaches them. */
export function outcomesInOrder(graph: ProjectTypeGraph): OutcomeId[] {
  const found: OutcomeId[] = [];
  for (const { edges } of questionsInOrder(graph))
    for (const e of edges) if (isOutcomeId(e.next) && !found.includes(e.next)) found.push(e.next);
  return found;
}
