/**
 * The project-type quiz (nytt projekt, fördjupningsprojekt eller ett annat
 * program): one question per step, walking the rules module's decision
 * graph. The rules module decides which question comes next and which
 * outcome is reached (checkProjectType, asked at build time for every path:
 * verdict-table.ts); this island only keeps the answers, moves between steps
 * and shows the outcome with its reasons.
 *
 * Answers live in a map and in the URL (prefix `q`); going back or changing
 * an answer keeps the later ones, and they count again as soon as their
 * question is back on the path (see navigation.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { kitFormStrings } from '../../i18n/widgets/kit-form.ts';
import type { QuestionId } from '../../rules/index.ts';
import { fill } from '../kit/fill.ts';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import { clearUrlState, withUrlState, writeUrlState } from '../kit/url-state.ts';
import { answersToUrl, readAnswers, URL_PREFIX, type Answers } from './answers.ts';
import {
  currentView,
  previousQuestion,
  questionNumber,
  revisitAfterContinue,
  stepsBefore,
  type Revisit,
} from './navigation.ts';
import type { QuizPageData } from './page-data.ts';
import { QuestionStep, questionHeadingId } from './QuestionStep.tsx';
import { lookUp } from './verdict-table.ts';
import '../kit/kit.css';
import './project-type-quiz.css';

/** No `initial` answers: a preset is a URL (presetSearch), read like any other. */
export interface ProjectTypeQuizProps {
  readonly locale: Locale;
  readonly data: QuizPageData;
}

/** Moves focus to a heading that is not focusable by itself; false if it is not on the page (yet). */
function focusHeading(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
  return true;
}

const OUTCOME_PANEL_ID = 'pq-outcome';
/** The kit's verdict panel names its heading `<id>-heading`. */
const outcomeHeadingId = `${OUTCOME_PANEL_ID}-heading`;

type AnsweredParts = typeof import('./answered-parts.ts');
const loadAnsweredParts = (): Promise<AnsweredParts> => import('./answered-parts.ts');

export default function ProjectTypeQuiz({ locale, data }: ProjectTypeQuizProps) {
  const t = data.strings;
  const [answers, setAnswers] = useState<Answers>({});
  const [revisit, setRevisit] = useState<Revisit | null>(null);
  const [mounted, setMounted] = useState(false);
  const [message, setMessage] = useState('');
  const [parts, setParts] = useState<AnsweredParts | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  /** Bumped by Start again, so a step shown before and after it starts with nothing chosen. */
  const [round, setRound] = useState(0);
  const focusNext = useRef<string | null>(null);

  const questions = data.questions;
  const walk = useMemo(() => lookUp(data.table, answers), [data.table, answers]);
  const view = currentView(walk, revisit);
  const back = previousQuestion(walk, view);

  // The server renders the first question; the browser then restores the URL's answers.
  useEffect(() => {
    setAnswers(readAnswers(questions));
    setMounted(true);
  }, []);

  useEffect(() => {
    if (mounted) writeUrlState(URL_PREFIX, answersToUrl(questions, answers));
  }, [answers, mounted]);

  // Fetch the answered parts once the reader has answered something (answered-parts.ts).
  const hasAnswers = Object.keys(answers).length > 0;
  useEffect(() => {
    if (!hasAnswers || parts) return;
    loadAnsweredParts().then(setParts, () => setLoadFailed(true));
  }, [hasAnswers, parts]);

  // A heading that is not rendered yet (the outcome while it loads) keeps the request for the next render.
  useEffect(() => {
    if (focusNext.current && focusHeading(focusNext.current)) focusNext.current = null;
  });

  const show = (next: Revisit | null, nextAnswers: Answers) => {
    const nextView = currentView(lookUp(data.table, nextAnswers), next);
    if (nextView.kind === 'outcome') {
      focusNext.current = outcomeHeadingId;
      setMessage(fill(t.announceOutcome, { outcome: data.outcomes[nextView.outcome].heading }));
    } else {
      focusNext.current = questionHeadingId(nextView.question);
      setMessage('');
    }
    setRevisit(next);
    setAnswers(nextAnswers);
  };

  /** `answer` is the value of one of the step's radios, so one the graph offers. */
  const onContinue = (question: QuestionId, answer: string) => {
    const nextAnswers = { ...answers, [question]: answer } as Answers;
    show(revisitAfterContinue(lookUp(data.table, nextAnswers), question, revisit?.via ?? null), nextAnswers);
  };

  const onBack = () => {
    if (back) show({ question: back, via: 'back' }, answers);
  };

  const onChange = (question: QuestionId) => show({ question, via: 'change' }, answers);

  const onStartAgain = () => {
    clearUrlState(URL_PREFIX);
    setRound((n) => n + 1);
    show(null, {});
    setMessage(kitFormStrings[locale].startedAgain);
  };

  /** Started, and showing all it has to show (the answered parts have arrived, or could not). */
  const ready = mounted && (!hasAnswers || parts !== null || loadFailed);
  const shareLink = mounted
    ? `${location.origin}${location.pathname}${withUrlState(URL_PREFIX, answersToUrl(questions, answers), '')}`
    : undefined;

  return (
    <div class="kit-widget pq" data-widget="project-type-quiz" data-ready={ready ? '' : undefined} data-view={view.kind}>
      {!mounted && <p class="pq-ssr-note kit-no-print">{t.ssrNote}</p>}
      {back && (
        <p class="pq-back kit-no-print">
          <button type="button" class="pq-link-button pq-back__button" data-back="" onClick={onBack}>
            {t.back}
          </button>
        </p>
      )}
      {view.kind === 'question' ? (
        <QuestionStep
          key={`${round}-${view.question}`}
          locale={locale}
          t={t}
          id={view.question}
          view={data.questions[view.question]}
          number={questionNumber(walk, view.question)}
          kept={answers[view.question]}
          onContinue={(answer) => onContinue(view.question, answer)}
        />
      ) : parts ? (
        <parts.OutcomePanel
          locale={locale}
          id={OUTCOME_PANEL_ID}
          data={data}
          outcome={view.outcome}
          kind={walk.kind}
          findings={walk.findings}
        />
      ) : (
        loadFailed && (
          <p class="kit-error-message" role="alert">
            {t.loadFailed}
          </p>
        )
      )}
      {parts && <parts.AnswerSummary t={t} steps={stepsBefore(walk, view)} questions={data.questions} onChange={onChange} />}
      {hasAnswers && (
        <div class="kit-actions">
          <StartAgain locale={locale} onClick={onStartAgain} />
        </div>
      )}
      {parts && hasAnswers && <parts.AnswersPrint locale={locale} data={data} path={walk.path} outcome={walk.outcome} link={shareLink} />}
      <LiveRegion message={message} />
    </div>
  );
}
