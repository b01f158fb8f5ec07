/**
 * The co-financing calculator (egenfinansiering och schabloner): participants
 * per zone with the flat rate beside each (editable, since the call sets it),
 * working time × hourly cost, administrative and other own costs. Every figure
 * and verdict comes from src/rules (checkCoFinancing); this only reads the form
 * and formats.
 *
 * Behaviour: the result follows the fields as the reader types; a field's
 * error shows when the reader leaves it; "Calculate" shows the error summary
 * (which takes focus) or moves focus to the result. Only the verdict heading
 * is announced, politely, once the typing settles. Answers live in the URL
 * under `c-` (the inputs carry the same names, so even the no-JS submit of
 * this GET form puts them there).
 *
 * Weight: the form is the first download; the check, its schema, the rule
 * sentences and the number formatting (result-part.tsx) load when the reader
 * first focuses the form or arrives with answers. The empty form's rate texts
 * come formatted from the page (page-data.ts), so restored answers wait for
 * that part too.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { kitFormStrings } from '../../i18n/widgets/kit-form.ts';
import type { IsoDate } from '../../rules/parameter.ts';
import { Fieldset } from '../kit/Fieldset.tsx';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import { TextField } from '../kit/TextField.tsx';
import type { FieldProblem, WidgetProps } from '../kit/types.ts';
import { clearUrlState } from '../kit/url-state.ts';
import '../kit/kit.css';
import './co-financing.css';
import { FIELD_NAMES, FIELDS, PREFIX, fieldId, type FieldName, type Values } from './fields.ts';
import { emptyTexts, enteredIn, hasAnswers, readTexts, urlValues, type RateField, type Texts } from './form-state.ts';
import type { CoFinancingPageData } from './page-data.ts';
import type { Decided } from './result-part.tsx';
import { readValuesFromUrl, writeValuesToUrl } from './url.ts';

type ResultPart = typeof import('./result-part.tsx');

export interface CoFinancingProps extends WidgetProps<Values> {
  /** Strings, default rates and source notes for the page's language: `coFinancingPageData(locale)`. */
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
  { name: 'hours', label: 'hoursLabel', hint: 'hoursHint' },
  { name: 'hourly', label: 'hourlyLabel', hint: 'hourlyHint' },
  { name: 'admin', label: 'adminLabel', hint: 'moneyHint' },
  { name: 'other', label: 'otherLabel', hint: 'moneyHint' },
] as const;

export default function CoFinancingCalculator({ locale, initial, guideHref, rulesHref, data, date }: CoFinancingProps) {
  const t = data.strings;
  const k = kitFormStrings[locale];
  const [texts, setTexts] = useState<Texts>(() => emptyTexts(data.defaultRateTexts));
  const [entered, setEntered] = useState<RateField[]>([]);
  /** Fields whose error the reader should see: left once, or everything after "Calculate". */
  const [shown, setShown] = useState<ReadonlySet<FieldName>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [cleared, setCleared] = useState(false);
  /** Set once hydrated (and, with restored answers, once their result can show), so tests and presenters know the form now responds. */
  const [ready, setReady] = useState(false);
  const [part, setPart] = useState<ResultPart | null>(null);
  const loading = useRef<Promise<ResultPart> | null>(null);
  const focusResult = useRef(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  /** Loads the result part once; every caller shares the promise. */
  const load = () =>
    (loading.current ??= import('./result-part.tsx').then((m) => {
      setPart(() => m);
      return m;
    }));

  // The server render has no URL; restore from it once in the browser.
  useEffect(() => {
    const restored = initial ?? readValuesFromUrl();
    if (Object.keys(restored).length === 0) return setReady(true);
    // Ready once the restored answers are in the fields and their result can show (the part loads on use).
    void load()
      .then((m) => {
        setTexts(m.textsFor(restored, locale, data.defaultRatesOre));
        setEntered(enteredIn(restored));
      })
      .finally(() => setReady(true));
  }, []);

  const { values, problems } = readTexts(texts, locale);
  const answered = hasAnswers(texts, entered);
  const valid = Object.keys(problems).length === 0;
  // The form's parsers and bounds (fields.ts) admit only what the schema accepts, so the
  // check does not answer 'invalid' here; if it ever did, no result is shown.
  const verdict = part && answered && valid ? part.evaluate(values, entered, date) : null;

  // While a half-typed value (`1 500,`) does not parse, keep showing the last result.
  const last = useRef<Decided | null>(null);
  if (verdict && verdict.kind !== 'invalid') last.current = verdict;
  if (!answered) last.current = null;

  const visible: FieldProblem[] = FIELD_NAMES.flatMap((name) => {
    const problem = problems[name];
    return problem && shown.has(name) ? [{ fieldId: fieldId(name), message: t[`error.${FIELDS[name].kind}.${problem}`] }] : [];
  });
  const errorOf = (name: FieldName) => visible.find((p) => p.fieldId === fieldId(name))?.message;
  const decided = visible.length === 0 ? last.current : null;
  const heading = decided && part ? part.headingOf(decided, t, locale) : '';

  useEffect(() => {
    if (decided && focusResult.current) resultRef.current?.focus();
    focusResult.current = false;
  });

  const update = (name: FieldName, text: string) => {
    const next = { ...texts, [name]: text };
    const nextEntered = (name === 'rate-europe' || name === 'rate-rest') && !entered.includes(name) ? [...entered, name] : entered;
    setTexts(next);
    setEntered(nextEntered);
    setCleared(false);
    void load();
    writeValuesToUrl(urlValues(readTexts(next, locale).values, nextEntered));
  };
  const reveal = (name: FieldName) => setShown((s) => new Set(s).add(name));

  const onSubmit = (event: Event) => {
    event.preventDefault();
    setShown(new Set(FIELD_NAMES));
    setSubmitted(true);
    if (!valid) return setAttempt((n) => n + 1);
    // The result may need the part first; focus moves once it is shown.
    focusResult.current = true;
    void load();
    resultRef.current?.focus();
  };

  const startAgain = () => {
    setTexts(emptyTexts(data.defaultRateTexts));
    setEntered([]);
    setShown(new Set());
    setSubmitted(false);
    setCleared(true);
    clearUrlState(PREFIX);
    formRef.current?.querySelector('input')?.focus();
  };

  const share = decided?.result.ownShareBasisPoints;
  const announcement = cleared
    ? k.startedAgain
    : decided && part
      ? part.fill(t.announce, { heading, share: share === null || share === undefined ? '–' : part.formatPercent(share / 100, locale) })
      : '';

  return (
    <div class="kit-widget cf" data-widget="co-financing" data-ready={ready ? '' : undefined}>
      {part && <part.ErrorSummary locale={locale} id="c-errors" errors={submitted ? visible : []} attempt={attempt} />}
      <form ref={formRef} method="get" noValidate onSubmit={onSubmit} onFocusIn={() => void load()} class="cf__form">
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
                        <strong class="cf-check-call">{data.checkCurrentCall}</strong>
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
              inputMode="decimal"
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
        {decided && part ? (
          <part.ResultView
            locale={locale}
            t={t}
            data={data}
            verdict={decided}
            heading={heading}
            hourlyCostOre={values.hourly ?? 0}
            links={{ guideHref, rulesHref }}
            values={values}
            urlValues={urlValues(values, entered)}
          />
        ) : (
          <p class="cf-result__empty kit-no-print">{t.emptyNote}</p>
        )}
      </div>
      <LiveRegion message={announcement} delay={700} />
    </div>
  );
}
