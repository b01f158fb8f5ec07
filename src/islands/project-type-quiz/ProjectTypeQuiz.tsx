/**
 * The project-type quiz (nytt projekt, fördjupningsprojekt eller ett annat
 * program): one question per step, walking the rules module's decision
 * graph. The rules module decides which question comes next and which
 * outcome is reached, and gives the verdict (evaluateProjectType, in the
 * outcome panel); this island keeps the answers, moves between steps and
 * shows the outcome.
 *
 * State goes through the kit's useWidgetState (quiz-state.ts): the address
 * holds the answers up to the step shown, and every move (Continue, Back,
 * Change, Start again) pushes a history entry, so the browser's Back and
 * Forward walk the steps. Answers given further on are remembered on this
 * page (`kept`) and chosen again when their question comes back; Continue
 * after Change carries on through them to the first question without one.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionId } from '../../rules/project-type/graph.ts';
import type { Step } from '../../rules/project-type/walk.ts';
import { fill } from '../kit/fill.ts';
import { KitWords } from '../kit/kit-words.ts';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { LoadProblem } from '../kit/LoadProblem.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import type { WidgetProps } from '../kit/types.ts';
import { useOnUse } from '../kit/use-on-use.ts';
import { useWidgetState } from '../kit/use-widget-state.ts';
import { addressWith, shareLink, withUrlState } from '../kit/url-state.ts';
import type { QuizPageData } from './page-data.ts';
import { answersOf, carriedOn, placed, quizStateSpec, URL_PREFIX, where, type Answers } from './answers.ts';
import { QuestionStep, questionHeadingId } from './QuestionStep.tsx';
import '../kit/kit.css';
import './project-type-quiz.css';

/** No `initial` answers: a preset is a URL (preset.ts), read like any other. */
export interface ProjectTypeQuizProps extends WidgetProps {
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
const OUTCOME_HEADING_ID = `${OUTCOME_PANEL_ID}-heading`;

/** The outcome, "Your answers" and the printout load once the reader has answered something (answered-part.ts). */
const loadAnsweredPart = () => import('./answered-part.ts');

/** A click the browser should handle itself (a new tab or window), not the quiz. */
const opensElsewhere = (e: MouseEvent) => e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey;

export default function ProjectTypeQuiz({ locale, asOf, kit, data }: ProjectTypeQuizProps) {
  const t = data.strings;
  const { state, hydrated, update, reset, formRef } = useWidgetState(quizStateSpec);
  // Every answer given on this page, the latest per question; what the address holds wins.
  const kept = useRef<Answers>({});
  kept.current = { ...kept.current, ...state.answers, ...(state.chosen ? { [state.chosen.question]: state.chosen.answer } : {}) };
  /** The question opened from "Your answers": Continue there carries on through the kept answers. */
  const [changing, setChanging] = useState<QuestionId | null>(null);
  /** Bumped on each move the reader makes (Back and Forward included): focus and the announcement follow. */
  const [turn, setTurn] = useState(0);
  const focusedTurn = useRef(0);
  const startedAgain = useRef(false);
  const [message, setMessage] = useState('');
  const part = useOnUse(loadAnsweredPart);

  const here = where(state);
  const question = here.outcome ? null : here.nextQuestion;
  const headingId = question ? questionHeadingId(question) : OUTCOME_HEADING_ID;
  const answered = here.path.length > 0;

  useEffect(() => {
    const onPop = () => setTurn((n) => n + 1);
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // Fetched with the first answer, so it is usually here before the outcome is.
  useEffect(() => {
    if (answered) void part.load();
  }, [answered]);

  useEffect(() => {
    if (turn === 0) return;
    if (here.outcome) setMessage(fill(t.announceOutcome, { outcome: data.outcomes[here.outcome].heading }));
    else setMessage(startedAgain.current ? kit.startedAgain : '');
    startedAgain.current = false;
  }, [turn]);

  // A heading not rendered yet (the outcome while its part loads) keeps the request for the next render.
  useEffect(() => {
    if (focusedTurn.current !== turn && focusHeading(headingId)) focusedTurn.current = turn;
  });

  /** The address of a step, from the validated answers alone (nothing copied from the address bar). */
  const hrefOf = (answers: Answers) => addressWith(withUrlState(URL_PREFIX, quizStateSpec.toUrl({ answers }), ''));
  const before = (q: QuestionId) => answersOf(here.path.slice(0, here.path.findIndex((s) => s.question === q)));

  /** A new step: a history entry of its own. */
  const go = (answers: Answers) => {
    update({ answers }, 'push');
    setTurn((n) => n + 1);
    // A load that failed before is tried again with the reader's next move.
    if (Object.keys(answers).length > 0) void part.load();
  };

  /** Back and Change are links to steps: followed in place, unless the reader opens them elsewhere. */
  const follow = (answers: Answers, event: MouseEvent, changingTo: QuestionId | null = null) => {
    if (opensElsewhere(event)) return;
    event.preventDefault();
    setChanging(changingTo);
    go(answers);
  };

  const onContinue = (q: QuestionId, answer: string) => {
    const next = { ...placed(state), [q]: answer };
    setChanging(null);
    go(changing === q ? carriedOn(next, kept.current) : next);
  };

  const onStartAgain = () => {
    kept.current = {};
    setChanging(null);
    startedAgain.current = true;
    reset('push');
    setTurn((n) => n + 1);
  };

  const backTo = answered ? answersOf(here.path.slice(0, -1)) : null;
  /** Started, and showing all it has to show: the answered part has arrived, or could not. */
  const ready = hydrated && (!answered || part.status === 'ready' || part.status === 'failed');
  const loaded = part.module;

  return (
    <KitWords.Provider value={kit}>
      <div class="kit-widget pq" data-widget="project-type-quiz" data-ready={ready ? '' : undefined} data-view={question ? 'question' : 'outcome'}>
        {backTo && (
          <p class="pq-back kit-no-print">
            <a
              class="pq-back__link"
              href={hrefOf(backTo)}
              data-back=""
              onClick={(event) => follow(backTo, event)}
            >
              {t.back}
            </a>
          </p>
        )}
        {question ? (
          <QuestionStep
            key={`${question}-${turn}`}
            t={t}
            id={question}
            view={data.questions[question]}
            number={here.path.length + 1}
            chosen={kept.current[question]}
            hydrated={hydrated}
            formRef={formRef}
            onChoose={(answer) => update({ answers: placed(state), chosen: { question, answer } as Step })}
            onContinue={(answer) => onContinue(question, answer)}
          />
        ) : (
          loaded && <loaded.OutcomePanel locale={locale} id={OUTCOME_PANEL_ID} data={data} answers={answersOf(here.path)} asOf={asOf} />
        )}
        {answered && part.status === 'failed' && <LoadProblem onRetry={() => void part.load()} />}
        {loaded && (
          <loaded.AnswerSummary
            t={t}
            steps={here.path}
            questions={data.questions}
            hrefFor={(q) => hrefOf(before(q))}
            onChange={(q, event) => follow(before(q), event, q)}
          />
        )}
        {Object.keys(kept.current).length > 0 && (
          <div class="kit-actions">
            <StartAgain onClick={onStartAgain} />
          </div>
        )}
        {loaded && answered && (
          <loaded.AnswersPrint locale={locale} data={data} path={here.path} outcome={here.outcome} link={shareLink(withUrlState(URL_PREFIX, quizStateSpec.toUrl({ answers: answersOf(here.path) }), ''))} />
        )}
        <LiveRegion message={message} />
      </div>
    </KitWords.Provider>
  );
}
