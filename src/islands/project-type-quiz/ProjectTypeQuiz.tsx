/**
 * The project-type quiz (nytt projekt, fördjupningsprojekt eller ett annat
 * program): one question per step, walking the rules module's decision
 * graph. The rules module decides which question comes next and which
 * outcome is reached (checkProjectType); this island only keeps the answers,
 * moves between steps and shows the outcome with its reasons.
 *
 * Answers live in a map and in the URL (prefix `q`); going back or changing
 * an answer keeps the later ones, and they count again as soon as their
 * question is back on the path (see navigation.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { checkProjectType } from '../../rules/project-type/check.ts';
import type { QuestionId } from '../../rules/project-type/graph.ts';
import { fill } from '../kit/fill.ts';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import { clearUrlState, withUrlState, writeUrlState } from '../kit/url-state.ts';
import { AnswerSummary, answerLabel } from './AnswerSummary.tsx';
import { answersToUrl, readAnswers, URL_PREFIX, validAnswers, withAnswer, type Answers } from './answers.ts';
import {
  currentView,
  previousQuestion,
  questionNumber,
  revisitAfterContinue,
  stepsBefore,
  type Revisit,
} from './navigation.ts';
import { OutcomePanel, outcomeHeadingId } from './OutcomePanel.tsx';
import type { QuizPageData } from './page-data.ts';
import { QuestionStep, questionHeadingId } from './QuestionStep.tsx';
import '../kit/kit.css';
import './project-type-quiz.css';

export interface ProjectTypeQuizProps {
  readonly locale: Locale;
  readonly data: QuizPageData;
  /** Answers to start from instead of the URL's (a preset, a test); validated like the URL's. */
  readonly initial?: Readonly<Record<string, string>>;
}

/** Moves focus to a heading that is not focusable by itself. */
function focusHeading(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.focus();
}

export default function ProjectTypeQuiz({ locale, data, initial }: ProjectTypeQuizProps) {
  const t = data.strings;
  const [answers, setAnswers] = useState<Answers>({});
  const [revisit, setRevisit] = useState<Revisit | null>(null);
  const [mounted, setMounted] = useState(false);
  const [message, setMessage] = useState('');
  const focusNext = useRef<string | null>(null);

  const verdict = useMemo(() => checkProjectType(answers), [answers]);
  // Answers are validated on the way in, so the check never sees an invalid map; an empty walk is the safe fallback.
  const walk = verdict.kind === 'invalid' ? { path: [], nextQuestion: 'activity' as const, outcome: null } : verdict.result;
  const view = currentView(walk, revisit);
  const back = previousQuestion(walk, view);

  // The server renders the first question; the browser then restores the URL's (or the preset's) answers.
  useEffect(() => {
    setAnswers(initial ? validAnswers(initial) : readAnswers());
    setMounted(true);
  }, []);

  useEffect(() => {
    if (mounted) writeUrlState(URL_PREFIX, answersToUrl(answers));
  }, [answers, mounted]);

  useEffect(() => {
    if (!focusNext.current) return;
    focusHeading(focusNext.current);
    focusNext.current = null;
  });

  const show = (next: Revisit | null, nextAnswers: Answers) => {
    const nextWalk = checkProjectType(nextAnswers);
    if (nextWalk.kind === 'invalid') return;
    const nextView = currentView(nextWalk.result, next);
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

  const onContinue = (question: QuestionId, answer: string) => {
    const nextAnswers = withAnswer(answers, question, answer);
    const nextVerdict = checkProjectType(nextAnswers);
    if (nextVerdict.kind === 'invalid') return;
    show(revisitAfterContinue(nextVerdict.result, question, revisit?.via ?? null), nextAnswers);
  };

  const onBack = () => {
    if (back) show({ question: back, via: 'back' }, answers);
  };

  const onChange = (question: QuestionId) => show({ question, via: 'change' }, answers);

  const onStartAgain = () => {
    clearUrlState(URL_PREFIX);
    show(null, {});
    setMessage(kitStrings[locale].startedAgain);
  };

  const steps = stepsBefore(walk, view);
  const printAnswers = walk.path.map((step) => ({
    label: data.questions[step.question].text,
    value: answerLabel(data.questions[step.question], step.answer),
  }));
  const outcomeView = view.kind === 'outcome' ? data.outcomes[view.outcome] : undefined;
  const shareLink = mounted
    ? `${location.origin}${location.pathname}${withUrlState(URL_PREFIX, answersToUrl(answers), '')}`
    : undefined;
  const hasAnswers = Object.keys(answers).length > 0;

  return (
    <div class="kit-widget pq" data-widget="project-type-quiz" data-ready={mounted ? '' : undefined} data-view={view.kind}>
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
          key={view.question}
          locale={locale}
          t={t}
          id={view.question}
          view={data.questions[view.question]}
          number={questionNumber(walk, view.question)}
          kept={answers[view.question]}
          onContinue={(answer) => onContinue(view.question, answer)}
        />
      ) : (
        verdict.kind !== 'invalid' && (
          <OutcomePanel locale={locale} data={data} outcome={view.outcome} kind={verdict.kind} findings={verdict.findings} />
        )
      )}
      <AnswerSummary t={t} steps={steps} questions={data.questions} onChange={onChange} />
      {hasAnswers && (
        <div class="kit-actions">
          <StartAgain locale={locale} onClick={onStartAgain} />
        </div>
      )}
      <PrintSummary locale={locale} answers={printAnswers} verdictHeading={outcomeView?.heading} link={shareLink} />
      <LiveRegion message={message} />
    </div>
  );
}
