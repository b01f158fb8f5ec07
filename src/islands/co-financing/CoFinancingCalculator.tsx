/**
 * The co-financing calculator (egenfinansiering och schabloner): participants
 * per zone with the flat rate beside each (editable, since the call sets it),
 * working time × hourly cost, administrative and other own costs. It asks
 * src/rules (checkCoFinancing) for every figure and only formats them.
 *
 * Behaviour: the result follows the fields as the reader types; a field's
 * error shows when the reader leaves it; "Calculate" shows the error summary
 * (which takes focus) or moves focus to the result. Only the verdict heading
 * is announced, politely, once the typing settles. Answers live in the URL
 * under `c-` (the inputs carry the same names, so even the no-JS submit of
 * this GET form puts them there).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatNumber, formatOre, formatPercent } from '../../i18n/format.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import { checkCoFinancing } from '../../rules/co-financing/check.ts';
import type { IsoDate } from '../../rules/parameter.ts';
import { ErrorSummary } from '../kit/ErrorSummary.tsx';
import { fill } from '../kit/fill.ts';
import { Fieldset } from '../kit/Fieldset.tsx';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { PrintSummary } from '../kit/PrintSummary.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import { TextField } from '../kit/TextField.tsx';
import type { FieldProblem, WidgetProps } from '../kit/types.ts';
import { clearUrlState, withUrlState } from '../kit/url-state.ts';
import '../kit/kit.css';
import './co-financing.css';
import { FIELD_NAMES, FIELDS, PREFIX, fieldId, type FieldName, type Values } from './fields.ts';
import { findingViews } from './findings.ts';
import { enteredIn, hasAnswers, readTexts, textsFor, toInput, urlValues, type RateField, type Texts } from './form-state.ts';
import type { CoFinancingPageData } from './page-data.ts';
import { Result } from './Result.tsx';
import { toUrlText } from './text-values.ts';
import { readValuesFromUrl, writeValuesToUrl } from './url.ts';

export interface CoFinancingProps extends WidgetProps<Values> {
  /** Strings and source notes for the page's language: `coFinancingPageData(locale)`. */
  readonly data: CoFinancingPageData;
  /** The guidance page the rules rest on (the economy page), for "read more" links; leave out on that page itself. */
  readonly guideHref?: string;
  /** The rules-and-sources page; each finding's source links to its rule there. */
  readonly rulesHref?: string;
  /** The day whose parameter values apply (tests, presets); today when left out. */
  readonly date?: IsoDate;
}

const ZONE_FIELDS = [
  { zone: 'europeOutsideEuEea', count: 'europe', rate: 'rate-europe' },
  { zone: 'restOfWorld', count: 'rest', rate: 'rate-rest' },
] as const;

const OWN_FIELDS = [
  { name: 'hours', label: 'hoursLabel', hint: 'hoursHint', inputMode: 'decimal' },
  { name: 'hourly', label: 'hourlyLabel', hint: 'hourlyHint', inputMode: 'decimal' },
  { name: 'admin', label: 'adminLabel', hint: 'moneyHint', inputMode: 'decimal' },
  { name: 'other', label: 'otherLabel', hint: 'moneyHint', inputMode: 'decimal' },
] as const;

const PRINT_LABELS: Readonly<Record<FieldName, string>> = {
  europe: 'answer.europe',
  rest: 'answer.rest',
  'rate-europe': 'answer.rateEurope',
  'rate-rest': 'answer.rateRest',
  hours: 'answer.hours',
  hourly: 'answer.hourly',
  admin: 'answer.admin',
  other: 'answer.other',
};

export default function CoFinancingCalculator({ locale, initial, guideHref, rulesHref, data, date }: CoFinancingProps) {
  const t = data.strings;
  const k = kitStrings[locale];
  const [texts, setTexts] = useState<Texts>(() => textsFor(initial ?? {}, locale, date));
  const [entered, setEntered] = useState<RateField[]>(() => enteredIn(initial ?? {}));
  /** Fields whose error the reader should see: left once, or everything after "Calculate". */
  const [shown, setShown] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [cleared, setCleared] = useState(false);
  /** Set once hydrated, so tests and presenters know the form now responds. */
  const [ready, setReady] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // The server render has no URL; restore from it once in the browser.
  useEffect(() => {
    setReady(true);
    if (initial) return;
    const fromUrl = readValuesFromUrl();
    if (Object.keys(fromUrl).length === 0) return;
    setTexts(textsFor(fromUrl, locale, date));
    setEntered(enteredIn(fromUrl));
  }, []);

  const { values, problems } = useMemo(() => readTexts(texts, locale), [texts, locale]);
  const answered = hasAnswers(texts, entered);
  const valid = Object.keys(problems).length === 0;
  const verdict = useMemo(
    () => (answered && valid ? checkCoFinancing(toInput(values, entered), date ? { date } : {}) : null),
    [answered, valid, values, entered, date],
  );
  // While a half-typed value (`1 500,`) does not parse, keep showing the last result.
  const last = useRef(verdict);
  if (verdict) last.current = verdict;
  if (!answered) last.current = null;

  const visible: FieldProblem[] = FIELD_NAMES.flatMap((name) => {
    const problem = problems[name];
    if (!problem || !shown.has(name)) return [];
    return [{ fieldId: fieldId(name), message: t[`error.${FIELDS[name].kind}.${problem}`] }];
  });
  const errorOf = (name: FieldName) => visible.find((p) => p.fieldId === fieldId(name))?.message;
  const showing = visible.length === 0 ? last.current : null;
  const decided = showing && showing.kind !== 'invalid' ? showing : null;

  const update = (name: FieldName, text: string) => {
    const next = { ...texts, [name]: text };
    const nextEntered = (name === 'rate-europe' || name === 'rate-rest') && !entered.includes(name) ? [...entered, name] : entered;
    setTexts(next);
    setEntered(nextEntered);
    setCleared(false);
    writeValuesToUrl(urlValues(readTexts(next, locale).values, nextEntered));
  };
  const reveal = (name: FieldName) => setShown((s) => new Set(s).add(name));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setShown(new Set(FIELD_NAMES));
    setSubmitted(true);
    if (!valid) setAttempt((n) => n + 1);
    else resultRef.current?.focus();
  };

  const startAgain = () => {
    setTexts(textsFor({}, locale, date));
    setEntered([]);
    setShown(new Set());
    setSubmitted(false);
    setCleared(true);
    clearUrlState(PREFIX);
    formRef.current?.querySelector('input')?.focus();
  };

  const heading = decided ? verdictHeading(decided, t, k) : '';
  const announcement = cleared
    ? k.startedAgain
    : decided
      ? fill(t.announce, {
          heading,
          share: decided.result.ownShareBasisPoints === null ? '–' : formatPercent(decided.result.ownShareBasisPoints / 100, locale),
        })
      : '';
  const link =
    typeof location === 'undefined'
      ? undefined
      : `${location.origin}${location.pathname}${withUrlState(PREFIX, Object.fromEntries(Object.entries(urlValues(values, entered)).map(([n, v]) => [n, toUrlText(n as FieldName, v)])), '')}`;

  return (
    <div class="kit-widget cf" data-widget="co-financing" data-ready={ready ? '' : undefined}>
      <ErrorSummary locale={locale} id="c-errors" errors={submitted ? visible : []} attempt={attempt} />
      <form ref={formRef} method="get" noValidate onSubmit={onSubmit} class="cf__form">
        <Fieldset locale={locale} id="c-participants" legend={t.participantsLegend} hint={t.participantsHint}>
          {ZONE_FIELDS.map((z) => (
            <div class="cf-zone" key={z.zone}>
              <p class="cf-zone__name">{t[`zone.${z.zone}`]}</p>
              <TextField
                locale={locale}
                id={fieldId(z.count)}
                label={t.countLabel}
                hint={t.countHint}
                inputMode="numeric"
                width="short"
                value={texts[z.count]}
                error={errorOf(z.count)}
                onInput={(v) => update(z.count, v)}
                onCommit={() => reveal(z.count)}
              />
              <TextField
                locale={locale}
                id={fieldId(z.rate)}
                label={t.rateLabel}
                hint={
                  <>
                    {data.rateNotes[z.zone].text}
                    {data.rateNotes[z.zone].checkCurrentCall && (
                      <>
                        {' '}
                        <strong class="cf-check-call">{k.checkCurrentCall}</strong>
                      </>
                    )}
                  </>
                }
                inputMode="decimal"
                width="medium"
                value={texts[z.rate]}
                error={errorOf(z.rate)}
                onInput={(v) => update(z.rate, v)}
                onCommit={() => reveal(z.rate)}
              />
            </div>
          ))}
        </Fieldset>
        <Fieldset locale={locale} id="c-own" legend={t.ownLegend} hint={t.ownHint}>
          {OWN_FIELDS.map((f) => (
            <TextField
              key={f.name}
              locale={locale}
              id={fieldId(f.name)}
              label={t[f.label]}
              hint={t[f.hint]}
              inputMode={f.inputMode}
              width="medium"
              value={texts[f.name]}
              error={errorOf(f.name)}
              onInput={(v) => update(f.name, v)}
              onCommit={() => reveal(f.name)}
            />
          ))}
        </Fieldset>
        <div class="kit-actions">
          <button type="submit" class="kit-button">
            {t.submit}
          </button>
          <StartAgain locale={locale} onClick={startAgain} />
        </div>
      </form>
      <div class="cf-result" id="c-result" ref={resultRef} tabIndex={-1} data-result="">
        {decided ? (
          <Result
            locale={locale}
            t={t}
            verdict={decided}
            heading={heading}
            findings={findingViews(decided.findings, locale, data, { guideHref, rulesHref })}
            hourlyCostOre={values.hourly ?? 0}
          />
        ) : (
          <p class="cf-result__empty kit-no-print">{t.emptyNote}</p>
        )}
      </div>
      <PrintSummary
        locale={locale}
        answers={FIELD_NAMES.map((name) => ({
          label: t[PRINT_LABELS[name] as keyof typeof t],
          value: values[name] === undefined ? undefined : printValue(name, values[name], locale),
        }))}
        verdictHeading={heading || undefined}
        link={link}
      />
      <LiveRegion message={announcement} delay={700} />
    </div>
  );
}

function printValue(name: FieldName, value: number, locale: 'sv' | 'en'): string {
  return FIELDS[name].kind === 'money' ? formatOre(value, locale) : formatNumber(value, locale, 2);
}

function verdictHeading(
  verdict: NonNullable<ReturnType<typeof checkCoFinancing>> & { kind: 'eligible' | 'not-eligible' | 'needs-attention' },
  t: CoFinancingPageData['strings'],
  k: (typeof kitStrings)['sv'],
): string {
  if (verdict.findings.some((f) => f.rule === 'co-financing.no-participants')) return k[`verdict.${verdict.kind}`];
  return verdict.result.meetsMinimum ? t.pass : t.fail;
}
