/**
 * A link that opens the quiz with given answers (a workshop preset, a fixture
 * in a test): the same `q-` keys the quiz writes, so the quiz reads and checks
 * a preset exactly as it does any shared link. Build-time only.
 */
import type { ProjectTypeAnswers } from '../../rules/index.ts';
import { withUrlState } from '../kit/url-state.ts';
import { URL_PREFIX } from './answers.ts';

export const presetSearch = (answers: ProjectTypeAnswers): string => withUrlState(URL_PREFIX, answers, '');
