/**
 * The co-financing calculator (egenfinansiering och schabloner): participants
 * per zone with the flat rate beside each (editable, since the call sets it),
 * working time × hourly cost, administrative and other own costs. It follows
 * the widget contract (docs/adr/0006): state through useWidgetState, one
 * check call on the page's date, findings through the kit's finding view.
 * Every figure and verdict comes from src/rules; this only reads the form.
 *
 * Behaviour: the result follows the fields as the reader types; a field's
 * error shows when the reader leaves it; "Calculate" shows the error summary
 * (which takes focus, and needs nothing loaded on use) or moves focus to the
 * result. Only the verdict heading is announced, politely, once the typing
 * settles.
 *
 * Weight: the form is the first download; the check and the result
 * (result-part.tsx) load on first use through useOnUse, which says so and
 * offers a retry when the network fails.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate, formatPercent } from '../../i18n/format.ts';
import { AsOfNote, NoRulesOnDay } from '../kit/AsOfNote.tsx';
import { ErrorSummary } from '../kit/ErrorSummary.tsx';
import { Fieldset } from '../kit/Fieldset.tsx';
import { fill } from '../kit/fill.ts';
import type { FindingLinks } from '../kit/finding-views.ts';
import { KitWords } from '../kit/kit-words.ts';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { LoadProblem } from '../kit/LoadProblem.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import { SubmitButton } from '../kit/SubmitButton.tsx';
import { TextField } from '../kit/TextField.tsx';
import type { FieldProblem, WidgetProps } from '../kit/types.ts';
import { withRuleMessages } from '../kit/rule-messages.ts';
import { useAsOf } from '../kit/use-as-of.ts';
import { useOnUse } from '../kit/use-on-use.ts';
import { useWidgetState } from '../kit/use-widget-state.ts';
import '../kit/kit.css';
import './co-financing.css';
import { FIELD_NAMES, FIELDS, fieldId, isRate, type FieldName } from './fields.ts';
import { calculatorStateSpec, hasAnswers, readTexts, shownTexts, urlValues, type FieldProblemKey, type RateField } from './form-state.ts';
import { coFinancingMessages } from './messages.ts';
import type { CoFinancingPageData } from './page-data.ts';
import { ratesFor } from './rate-periods.ts';
import type { Decided } from './result-part.tsx';

export interface CoFinancingProps extends WidgetProps {
  /** Strings, and the flat rates with their notes per period, in the page's language: `coFinancingPageData(locale)`. */
  readonly data: CoFinancingPageData;
  /** Where findings link to (the economy guidance, the rules page). */
  readonly links: FindingLinks;
}

const ZONE_FIELDS = [
  { zone: 'europeOutsideEuEea', count: 'europe', rate: 'rate-europe' },
  { zone: 'restOfWorld', count: 'rest', rate: 'rate-rest' },
] as const;

const OWN_FIELDS = [
  { name: 'hours', label: 'hoursLabel', hint: 'hoursHint' },
  { name: 'hourly', label: 'hourlyLabel', hint: 'hourlyHint' },
  { name: 'admin', label: 'adminLabel', hint: 'moneyHint' },
  { name: 'other', label: 'otherLabel', hint: 'moneyHint' },
] as const;


export default function CoFinancingCalculator({ locale, asOf: pageDate, kit, data, links }: CoFinancingProps) {
  const t = data.strings;
  // The day: the page's, or the address's `?asOf=`; the rates shown and the check's follow it.
  const day = useAsOf(pageDate);
  const asOf = day.asOf;
  const rates = ratesFor(data, asOf);
  const spec = useMemo(() => calculatorStateSpec(locale, ratesFor(data, pageDate)), [locale]);
  const { state, update, reset, hydrated, restored, formRef } = useWidgetState(spec);
  const part = useOnUse(useMemo(() => withRuleMessages(locale, coFinancingMessages, () => import('./result-part.tsx')), [locale]));
  /** Fields whose error the reader should see: left once, or everything after "Calculate". */
  const [shown, setShown] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [cleared, setCleared] = useState(false);
  const focusResult = useRef(false);
  const resultRef = useRef<HTMLDivElement>(null);

  // Answers that arrive with the page (a shared link, text typed before hydration) show their result at once.
  useEffect(() => {
    if (restored) void part.load();
  }, [restored]);

  const { entered } = state;
  const texts = shownTexts(state.texts, entered, rates);
  const read = readTexts(texts, locale);
  const values = read.values;
  // With no rate in force on the day, an empty rate field is not the reader's to fix: the day is (see below).
  const problems = rates ? read.problems : Object.fromEntries(Object.entries(read.problems).filter(([name]) => !isRate(name as FieldName) || entered.includes(name as RateField)));
  const answered = hasAnswers(texts, entered);
  const valid = Object.keys(problems).length === 0;
  const m = part.module;
  // The form's parsers and bounds (fields.ts) admit only what the schema accepts, so the
  // check does not answer 'invalid' here; if it ever did, no result is shown.
  const verdict = m && answered && valid ? m.evaluate(values, entered, asOf) : null;
  /** The rules hold no value for the day (a check's `asOf` field error): no figures, and the note says why. */
  const noRulesOnDay = verdict?.kind === 'invalid';

  // While a half-typed value (`1 500,`) does not parse, keep showing the last result.
  const last = useRef<Decided | null>(null);
  if (verdict && verdict.kind !== 'invalid') last.current = verdict;
  if (!answered) last.current = null;

  const messageOf = (name: FieldName, problem: FieldProblemKey) =>
    problem === 'needs-pair' ? t[`error.pair.${name === 'hours' ? 'hours' : 'hourly'}`] : t[`error.${FIELDS[name].kind}.${problem}`];
  const visible: FieldProblem[] = FIELD_NAMES.flatMap((name) => {
    const problem = problems[name];
    return problem && shown.has(name) ? [{ fieldId: fieldId(name), label: labelOf(name), message: messageOf(name, problem) }] : [];
  });
  /** A field as the error summary names it: a zone's fields with their zone ("Rest of the world, participants"). */
  function labelOf(name: FieldName): string {
    const zone = ZONE_FIELDS.find((z) => z.count === name || z.rate === name);
    if (zone) return `${t[`zone.${zone.zone}`]}, ${t[zone.count === name ? 'countLabel' : 'rateLabel'].toLowerCase()}`;
    return t[OWN_FIELDS.find((f) => f.name === name)!.label];
  }
  const errorOf = (name: FieldName) => visible.find((p) => p.fieldId === fieldId(name))?.message;
  const decided = visible.length === 0 ? last.current : null;
  const heading = decided && m ? m.headingOf(decided, t, kit) : '';

  useEffect(() => {
    if (decided && focusResult.current) resultRef.current?.focus();
    if (decided) focusResult.current = false;
  });

  const change = (name: FieldName, text: string) => {
    const nextEntered: readonly RateField[] =
      isRate(name) && !entered.includes(name as RateField) ? [...entered, name as RateField] : entered;
    update({ texts: { ...state.texts, [name]: text }, entered: nextEntered });
    setCleared(false);
    void part.load();
  };
  const reveal = (name: FieldName) => setShown((s) => new Set(s).add(name));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setShown(new Set(FIELD_NAMES));
    setSubmitted(true);
    if (!valid) return setAttempt((n) => n + 1);
    // The result may need the part first; focus moves once it is shown.
    focusResult.current = true;
    void part.load();
    resultRef.current?.focus();
  };

  const startAgain = () => {
    reset();
    setShown(new Set());
    setSubmitted(false);
    setCleared(true);
    formRef.current?.querySelector('input')?.focus();
  };

  const share = decided?.result.ownShareBasisPoints;
  const announcement = cleared
    ? kit.startedAgain
    : decided && m
      ? fill(t.announce, { heading, share: share === null || share === undefined ? '–' : formatPercent(share / 100, locale) })
      : '';

  return (
    <KitWords.Provider value={kit}>
      <div class="kit-widget cf" data-widget="co-financing" data-ready={hydrated && (!restored || part.status !== 'pending') ? '' : undefined}>
        <AsOfNote locale={locale} day={day} text={t.asOf} />
        <ErrorSummary id="c-errors" errors={submitted ? visible : []} attempt={attempt} />
        {/* autocomplete off: Firefox would otherwise restore the fields' old values on reload, which the
            hook cannot tell from text typed before hydration; the address is what restores answers. */}
        <form ref={formRef} method="get" noValidate autoComplete="off" onSubmit={onSubmit} onFocusIn={() => void part.load()} class="cf__form">
          <Fieldset id="c-participants" legend={t.participantsLegend} hint={t.participantsHint}>
            {ZONE_FIELDS.map((z) => (
              <div class="cf-zone" key={z.zone}>
                <p class="cf-zone__name">{t[`zone.${z.zone}`]}</p>
                <TextField
                  id={fieldId(z.count)}
                  label={t.countLabel}
                  hint={t.countHint}
                  inputMode="numeric"
                  width="short"
                  value={texts[z.count]}
                  error={errorOf(z.count)}
                  onInput={(v) => change(z.count, v)}
                  onCommit={() => reveal(z.count)}
                />
                <TextField
                  id={fieldId(z.rate)}
                  label={t.rateLabel}
                  hint={
                    <>
                      {rates ? rates.notes[z.zone].text : fill(t.asOfNoRates, { date: formatDate(asOf, locale) })}
                      {rates?.notes[z.zone].checkCurrentCall && (
                        <>
                          {' '}
                          <strong class="cf-check-call">{data.checkCurrentCall}</strong>
                        </>
                      )}
                    </>
                  }
                  inputMode="decimal"
                  width="medium"
                  value={texts[z.rate]}
                  error={errorOf(z.rate)}
                  onInput={(v) => change(z.rate, v)}
                  onCommit={() => reveal(z.rate)}
                />
              </div>
            ))}
          </Fieldset>
          <Fieldset id="c-own" legend={t.ownLegend} hint={t.ownHint}>
            {OWN_FIELDS.map((f) => (
              <TextField
                key={f.name}
                id={fieldId(f.name)}
                label={t[f.label]}
                hint={t[f.hint]}
                inputMode="decimal"
                width="medium"
                value={texts[f.name]}
                error={errorOf(f.name)}
                onInput={(v) => change(f.name, v)}
                onCommit={() => reveal(f.name)}
              />
            ))}
          </Fieldset>
          <div class="kit-actions">
            <SubmitButton hydrated={hydrated}>
              {t.submit}
            </SubmitButton>
            <StartAgain onClick={startAgain} />
          </div>
        </form>
        <div class="cf-result" id="c-result" ref={resultRef} tabIndex={-1} data-result="">
          {part.status === 'failed' && answered ? (
            <LoadProblem onRetry={() => void part.load()} />
          ) : noRulesOnDay ? (
            <NoRulesOnDay locale={locale} asOf={asOf} text={t.asOfNoRates} />
          ) : decided && m ? (
            <m.ResultView
              locale={locale}
              messages={m.messages}
              t={t}
              verdict={decided}
              heading={heading}
              links={links}
              asOf={asOf}
              values={values}
              urlValues={urlValues(values, entered)}
            />
          ) : (
            <p class="cf-result__empty kit-no-print">{t.emptyNote}</p>
          )}
        </div>
        <LiveRegion message={announcement} delay={700} />
      </div>
    </KitWords.Provider>
  );
}
