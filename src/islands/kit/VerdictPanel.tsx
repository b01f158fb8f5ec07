/**
 * A check's answer: colour, icon and heading by verdict kind, any figures the
 * widget adds (children), then each finding as a sentence with its reason, a
 * link to the guidance it rests on, and its source. Tests read `data-verdict`
 * and each finding's `data-rule`, never the wording.
 */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales.ts';
import type { Severity, VerdictKind } from '../../rules/verdict.ts';
import { VerdictIcon } from './VerdictIcon.tsx';
import { fill } from './fill.ts';
import { useKitWords } from './kit-words.ts';
import { formatDate } from '../../i18n/format.ts';
import { AsOfControl } from './AsOfControl.tsx';

/** A finding ready to show: the widget has turned the rule key and params into words. */
export interface FindingView {
  readonly rule: string;
  readonly severity: Severity;
  /** The rule's sentence (src/i18n/rules). */
  readonly sentence: string;
  /** Why it applies to these answers, if the sentence does not already say so. */
  readonly reason?: string;
  /** The guidance page/section the rule rests on. */
  readonly href?: string;
  /** Where the rule comes from (see sourceLabel). */
  readonly source?: string;
  /** The rule's entry on the rules-and-sources page, with its quoted source sentences. */
  readonly sourceHref?: string;
  /** Adds the "check the current call" note (secondary facts). */
  readonly checkCurrentCall?: boolean;
}

/** One test of the verdict's trace in words (the kit's traceViews). */
export interface TraceView {
  readonly test: string;
  readonly rule: string;
  readonly held: boolean;
  /** The rule in plain words, and the values the test compared. */
  readonly name: string;
  readonly text: string;
  readonly source?: string;
  readonly sourceHref?: string;
  /** The seed sentences the rule rests on, verbatim (Swedish). */
  readonly quotes?: readonly string[];
}

/** The "Why?" trace: each test the check made, the rules' version and the day they were applied on. */
export interface RulesApplied {
  readonly version?: string | undefined;
  readonly asOf: string;
  /** The check reads dated values (rates, country lists), so another day may answer otherwise: the panel offers one. */
  readonly dated: boolean;
  readonly trace: readonly TraceView[];
}

export interface VerdictPanelProps {
  readonly locale: Locale;
  readonly id: string;
  readonly kind: Exclude<VerdictKind, 'invalid'>;
  /** Defaults to the kit's heading for the kind. */
  readonly heading?: string;
  readonly findings: readonly FindingView[];
  /** h2 on a page of its own, h3 inside a guidance section. */
  readonly headingLevel?: 2 | 3;
  readonly children?: ComponentChildren;
  /** Shows the "Why?" trace: each test the check made, with its values, seed sentences and source, and the rules' version and day. */
  readonly applied?: RulesApplied;
}

export function VerdictPanel(props: VerdictPanelProps) {
  const { id, kind, findings } = props;
  const t = useKitWords();
  const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class={`kit-verdict kit-verdict--${kind}`} id={id} data-verdict={kind} aria-labelledby={`${id}-heading`}>
      <Heading class="kit-verdict__heading" id={`${id}-heading`}>
        <VerdictIcon kind={kind} />
        <span>{props.heading ?? t[`verdict.${kind}`]}</span>
      </Heading>
      {props.children}
      {findings.length > 0 && (
        <ul class="kit-findings">
          {findings.map((f) => (
            <li class={`kit-finding kit-finding--${f.severity}`} key={f.rule} data-rule={f.rule} data-severity={f.severity}>
              <p class="kit-finding__sentence">{f.sentence}</p>
              {f.reason && (
                <p class="kit-finding__reason">
                  <strong>{t.reason}:</strong> {f.reason}
                </p>
              )}
              {(f.href || f.source) && (
                <p class="kit-finding__source">
                  {f.href && <a href={f.href}>{t.readMore}</a>}
                  {f.href && f.source && ' · '}
                  {f.source && (
                    <span>
                      {t.source}: {f.sourceHref ? <a href={f.sourceHref}>{f.source}</a> : f.source}.
                      {f.checkCurrentCall && ` ${t.checkCurrentCall}`}
                    </span>
                  )}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {props.applied && props.applied.trace.length > 0 && <WhyTrace locale={props.locale} id={id} applied={props.applied} />}
    </section>
  );
}

/**
 * "Varför? / Why?": every test the check made, in its order — the rule in
 * plain words, the values it compared, whether it held (in words and a mark,
 * not colour alone), the seed sentences it rests on (each once) and its source
 * linked to the rule's entry on the rules page — then the rules' version and
 * the day, and (for a check of dated rules) a field to ask about another
 * day. A native <details>: it opens without script, and prints open.
 */
function WhyTrace({ locale, id, applied }: { locale: Locale; id: string; applied: RulesApplied }) {
  const t = useKitWords();
  const quoted = new Set<string>();
  return (
    <details class="kit-why" data-why="">
      <summary>{t.why}</summary>
      <p class="kit-why__intro">{t.whyIntro}</p>
      <ol class="kit-why__rules">
        {applied.trace.map((s, i) => (
          // data-why-rule, not data-rule: a verdict's findings are its data-rule elements, once each.
          <li key={i} class={`kit-why__step kit-why__step--${s.held ? 'held' : 'failed'}`} data-why-rule={s.rule} data-why-test={s.test} data-held={String(s.held)}>
            <p class="kit-why__rule">
              <span aria-hidden="true">{s.held ? '✓' : '✗'} </span>
              <strong>{s.name}</strong>: {s.text}. <em>{s.held ? t.held : t.notHeld}</em>
            </p>
            {s.quotes?.filter((q) => !quoted.has(q) && quoted.add(q)).map((quote) => (
              <blockquote class="kit-why__quote" lang="sv" key={quote}>
                <p>{quote}</p>
              </blockquote>
            ))}
            {s.source && (
              // The same source as the entry before: on paper it is said once (kit.css).
              <p class={`kit-finding__source${s.source === applied.trace[i - 1]?.source ? ' kit-why__again' : ''}`}>
                {t.source}: {s.sourceHref ? <a href={s.sourceHref}>{s.source}</a> : s.source}.
              </p>
            )}
          </li>
        ))}
      </ol>
      <p class="kit-why__version" data-rules-version={applied.version ?? ''} data-as-of={applied.asOf}>
        {fill(t.rulesVersion, { version: applied.version ? applied.version.replace(/^sha256:/, '').slice(0, 12) : '–', date: formatDate(applied.asOf, locale) })}
      </p>
      {applied.dated && <AsOfControl id={id} asOf={applied.asOf} />}
    </details>
  );
}
