/**
 * Project-type answers (a fixture) as the quiz's query string: one key per
 * question under the quiz's prefix, `q-<question id>=<answer id>`, as the
 * quiz documents it (src/islands/project-type-quiz/answers.ts). Only answers
 * the decision graph offers are written; a unit test reads the result back
 * with the quiz's own reader.
 */
import { withUrlState, type UrlValue } from '../../islands/kit/url-state.ts';
import { URL_PREFIX } from '../../islands/project-type-quiz/answers.ts';
import { QUESTION_IDS, projectTypeGraph } from '../../rules/project-type/graph.ts';
import type { ProjectTypeAnswers } from '../../rules/project-type/schema.ts';

export function quizPresetSearch(input: ProjectTypeAnswers, search = ''): string {
  const values: Record<string, UrlValue> = {};
  for (const q of QUESTION_IDS) {
    const answer: string | undefined = input[q];
    const offered = projectTypeGraph.questions[q].answers.some((a) => a.id === answer);
    values[q] = offered ? answer : undefined;
  }
  return withUrlState(URL_PREFIX, values, search);
}
