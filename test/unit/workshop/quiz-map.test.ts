/**
 * The quiz map holds the whole decision graph: every question, every outcome
 * and every edge (question, answer, next) of projectTypeGraph appears in the
 * diagram and in the text version, in both languages. Reads data attributes,
 * not wording.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, test } from 'vitest';
import QuizMap from '../../../src/components/quiz-map/QuizMap.astro';
import { edgeKey, firstPathTo, outcomesInOrder, questionsInOrder, quizTree, type TreeNode } from '../../../src/components/quiz-map/quiz-map.ts';
import { workshopStrings } from '../../../src/i18n/widgets/workshop.ts';
import { OUTCOME_IDS, QUESTION_IDS, projectTypeGraph } from '../../../src/rules/project-type/graph.ts';
import { walk } from '../../../src/rules/project-type/walk.ts';

/** Every edge of the graph as `question:answer>next`, read straight from the data. */
const graphEdges = QUESTION_IDS.flatMap((q) => projectTypeGraph.questions[q].answers.map((a) => `${q}:${a.id}>${a.next}`)).sort();

const treeEdges = (node: TreeNode): string[] =>
  node.kind === 'outcome' ? [] : node.branches.flatMap((b) => [edgeKey(b.edge), ...treeEdges(b.child)]);
const treeNodes = (node: TreeNode): string[] =>
  node.kind === 'outcome' ? [node.id] : [node.id, ...node.branches.flatMap((b) => treeNodes(b.child))];

describe('the map as data', () => {
  const tree = quizTree(projectTypeGraph);

  test('the tree starts at the graph’s start and holds every question, outcome and edge', () => {
    expect(tree.kind === 'question' && tree.id).toBe(projectTypeGraph.start);
    expect([...new Set(treeNodes(tree))].sort()).toEqual([...QUESTION_IDS, ...OUTCOME_IDS].sort());
    expect([...new Set(treeEdges(tree))].sort()).toEqual(graphEdges);
  });

  test('the text order lists each question once, with all its edges, and every outcome once', () => {
    const ordered = questionsInOrder(projectTypeGraph);
    expect(ordered[0]?.id).toBe(projectTypeGraph.start);
    expect(ordered.map((q) => q.id).sort()).toEqual([...QUESTION_IDS].sort());
    expect(ordered.flatMap((q) => q.edges.map(edgeKey)).sort()).toEqual(graphEdges);
    expect([...outcomesInOrder(projectTypeGraph)].sort()).toEqual([...OUTCOME_IDS].sort());
  });

  test('the path kept for each outcome does lead there when the rules walk it', () => {
    const paths = firstPathTo(tree);
    expect([...paths.keys()].sort()).toEqual([...OUTCOME_IDS].sort());
    for (const [outcome, answers] of paths) expect(walk(projectTypeGraph, answers).outcome).toBe(outcome);
  });
});

describe('the rendered map', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create();
  });
  const parser = new new Window().DOMParser();

  test.each(['sv', 'en'] as const)('%s: diagram and text carry every node and edge; links in the text resolve', async (lang) => {
    const html = await container.renderToString(QuizMap, { props: { locale: lang } });
    const doc = parser.parseFromString(`<body>${html}</body>`, 'text/html') as unknown as Document;
    const diagram = doc.querySelector('[data-quiz-map-diagram]')!;
    const text = doc.querySelector('[data-quiz-map-text]')!;
    const attrs = (root: Element, name: string) => [...root.querySelectorAll(`[${name}]`)].map((e) => e.getAttribute(name)!);

    expect(doc.querySelector('#qm-heading')?.textContent).toBe(workshopStrings[lang].mapHeading);
    expect(diagram.getAttribute('role')).toBe('img');
    expect(diagram.getAttribute('aria-label')).toBeTruthy();
    expect([...new Set(attrs(diagram, 'data-node'))].sort()).toEqual([...QUESTION_IDS, ...OUTCOME_IDS].sort());
    expect([...new Set(attrs(diagram, 'data-edge'))].sort()).toEqual(graphEdges);

    expect(attrs(text, 'data-question').sort()).toEqual([...QUESTION_IDS].sort());
    expect(attrs(text, 'data-edge').sort()).toEqual(graphEdges);
    expect(attrs(doc.querySelector('[data-quiz-map-outcomes]')!, 'data-outcome').sort()).toEqual([...OUTCOME_IDS].sort());

    // Each edge in the text links to its next question or outcome, and that target exists.
    for (const li of text.querySelectorAll('[data-edge]')) {
      const next = li.getAttribute('data-edge')!.split('>')[1]!;
      const href = li.querySelector('a')?.getAttribute('href') ?? '';
      expect(href).toMatch(new RegExp(`^#qm-[qo]-${next}$`));
      expect(doc.getElementById(href.slice(1)), href).not.toBeNull();
    }
    // Outcome boxes carry a verdict kind from the rules (colour never alone: each has its words).
    for (const box of diagram.querySelectorAll('.qm-node--outcome')) {
      expect(['eligible', 'not-eligible', 'needs-attention']).toContain(box.getAttribute('data-verdict-kind'));
      expect(box.textContent?.trim()).not.toBe('');
    }
  });
});
