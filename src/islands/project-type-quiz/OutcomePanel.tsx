/**
 * The quiz's outcome. The rules module gives the verdict in the browser
 * (evaluateProjectType over the answers on the path); its findings, in the
 * kit's words (findingViews, asked by the page: page-data.ts), go into the
 * kit's VerdictPanel: the heading says the outcome; under "Why", each
 * finding as a sentence with its reason, guidance link and source. Then what the application must show, the other
 * programme where the outcome routes elsewhere, and where to read on.
 */
import type { Locale } from '../../i18n/locales.ts';
import { evaluateProjectType } from '../../rules/project-type/evaluate.ts';
import { fill } from '../kit/fill.ts';
import { VerdictPanel } from '../kit/VerdictPanel.tsx';
import type { QuizPageData } from './page-data.ts';
import type { Answers } from './answers.ts';

export interface OutcomePanelProps {
  readonly locale: Locale;
  /** The panel's id; its heading's is `<id>-heading` (the kit's verdict panel names it so). */
  readonly id: string;
  readonly data: QuizPageData;
  /** The answers on the path to the outcome. */
  readonly answers: Answers;
  /** The day the rules were applied on (the page's). */
  readonly asOf: string;
}

export function OutcomePanel({ locale, id, data, answers, asOf }: OutcomePanelProps) {
  const verdict = evaluateProjectType(answers);
  const outcome = verdict.result.outcome;
  if (!outcome) return null;
  const t = data.strings;
  const view = data.outcomes[outcome];
  const mustShow = verdict.findings.flatMap((f) => t.mustShow[f.rule] ?? []);
  return (
    <div class="pq-outcome" data-outcome={outcome}>
      <VerdictPanel
        locale={locale}
        id={id}
        kind={verdict.kind}
        heading={view.heading}
        headingLevel={3}
        findings={verdict.findings.map((f) => ({ ...data.findings[f.rule], severity: f.severity }))}
        applied={{ version: data.rulesVersion, asOf, dated: false, trace: verdict.trace.flatMap((s) => data.steps[s.test]?.[String(s.values['answer'])] ?? []) }}
      >
        <h4 class="pq-outcome__subheading">{t.whyHeading}</h4>
      </VerdictPanel>
      {mustShow.length > 0 && (
        <section class="pq-outcome__section" aria-labelledby="pq-must-show" data-must-show="">
          <h4 id="pq-must-show">{t.mustShowHeading}</h4>
          <ul>
            {mustShow.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {view.otherProgramme && (
        <section class="pq-outcome__section" aria-labelledby="pq-next" data-other-programme="">
          <h4 id="pq-next">{t.nextHeading}</h4>
          <p>
            {fill(t.otherProgramme, { programme: view.otherProgramme })} <a href={data.administratorUrl}>{t.administratorSite}</a>
          </p>
        </section>
      )}
      {view.guides.length > 0 && (
        // Links to read on: of no use on paper, where the printed answers and the "Why?" stand instead.
        <section class="pq-outcome__section kit-no-print" aria-labelledby="pq-guides">
          <h4 id="pq-guides">{t.guidanceHeading}</h4>
          <ul>
            {view.guides.map((g) => (
              <li key={g.href}>
                <a href={g.href}>{g.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
