/**
 * The quiz's outcome: its heading says the outcome; under "Why", each finding
 * of the rules module as a sentence with its reason, guidance link and
 * source (the kit's verdict panel); then what the application must show, the
 * other programme where the outcome routes elsewhere, and where to read on.
 *
 * Loaded on use (a dynamic import once the reader has answered something):
 * a reader who never reaches an outcome never downloads it or the kit's
 * verdict panel.
 */
import { ADMINISTRATOR_URL } from '../../components/shell/administrator.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { OutcomeId } from '../../rules/index.ts';
import { fill } from '../kit/fill.ts';
import { VerdictPanel, type FindingView } from '../kit/VerdictPanel.tsx';
import type { QuizPageData } from './page-data.ts';
import type { TableFinding } from './verdict-table.ts';



export interface OutcomePanelProps {
  readonly locale: Locale;
  /** The panel's id; its heading's is `<id>-heading` (the kit's verdict panel names it so). */
  readonly id: string;
  readonly data: QuizPageData;
  readonly outcome: OutcomeId;
  readonly kind: 'eligible' | 'not-eligible' | 'needs-attention';
  readonly findings: readonly TableFinding[];
}

function findingView(f: TableFinding, data: QuizPageData): FindingView {
  const rule = data.rules[f.rule];
  return {
    rule: f.rule,
    severity: f.severity,
    sentence: rule.sentence,
    ...(rule.why ? { reason: rule.why } : {}),
    ...(rule.href ? { href: rule.href } : {}),
    ...(rule.source ? { source: rule.source } : {}),
    checkCurrentCall: rule.checkCurrentCall,
  };
}

export function OutcomePanel({ locale, id, data, outcome, kind, findings }: OutcomePanelProps) {
  const t = data.strings;
  const view = data.outcomes[outcome];
  const mustShow = findings.flatMap((f) => t.mustShow[f.rule] ?? []);
  return (
    <div class="pq-outcome" data-outcome={outcome}>
      <VerdictPanel
        locale={locale}
        id={id}
        kind={kind}
        heading={view.heading}
        headingLevel={3}
        findings={findings.map((f) => findingView(f, data))}
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
            {fill(t.otherProgramme, { programme: view.otherProgramme })} <a href={ADMINISTRATOR_URL}>{t.administratorSite}</a>
          </p>
        </section>
      )}
      {view.guides.length > 0 && (
        <section class="pq-outcome__section" aria-labelledby="pq-guides">
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
