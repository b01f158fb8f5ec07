/**
 * The partner checker (kontroll av partnerskolor och projektets uppbyggnad):
 * participants, exchange type, the Swedish schools with the applicant first,
 * the schools abroad, and funded visits to Sweden. It reads the answers, asks
 * src/rules for the verdict and shows it with reasons and sources. No rule
 * lives here.
 *
 * Behaviour, as GOV.UK forms do it: nothing is judged until the reader asks
 * ("Check"); then an error summary takes focus if a field needs an answer,
 * otherwise the verdict appears and its heading is announced politely. After
 * that the verdict follows every change. Answers live in the URL (prefix `p`).
 *
 * The form is the up-front script. The result part (the rules check with its
 * validator, the rule messages, the verdict panel) loads on use: when the
 * reader first works in the form, or when the URL brings answers.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
// The kit's parts file by file rather than through its index: the index would
// tie the result part's modules (verdict panel, print summary) to this script.
import { ErrorSummary } from '../kit/ErrorSummary.tsx';
import { fill } from '../kit/fill.ts';
import '../kit/kit.css';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { Radios } from '../kit/Radios.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import { TextField } from '../kit/TextField.tsx';
import { clearUrlState, withUrlState, writeUrlState } from '../kit/url-state.ts';
import { countryOptions } from './countries.ts';
import { fieldIds } from './field-ids.ts';
import * as rows from './form-state.ts';
import { foreignPath, rowInText, rowTitle, swedishPath } from './names.ts';
import { EXCHANGE_TYPES, SCHOOL_LEVELS } from './options.ts';
import { readForm, type FormError } from './read-form.ts';
import { ForeignRows, SwedishRows } from './SchoolRows.tsx';
import './partner-checker.css';
import { encodeForm, formFromUrl, readFormFromUrl, URL_PREFIX, type UrlFields } from './url-codec.ts';

export interface PartnerCheckerProps {
  readonly locale: Locale;
  /**
   * Everything the checker says, in the page's language
   * (partnerCheckerText(locale)). Handed in by the page, so it travels as data
   * in the HTML instead of both languages travelling in the script.
   */
  readonly text: PartnerCheckerText;
  /** Guidance page URLs by page key (from the route registry), for each finding's "read more" link. */
  readonly guideUrls?: Readonly<Record<string, string>>;
  /** A state to start from instead of the URL's (a test, a preset rendered in place). */
  readonly initial?: Partial<UrlFields>;
}

type ResultPart = typeof import('./Result.tsx');

const sameError = (a: FormError, b: FormError) => a.fieldId === b.fieldId && a.key === b.key;

export default function PartnerChecker({ locale, text: t, guideUrls = {}, initial }: PartnerCheckerProps) {
  const kit = kitStrings[locale];
  const [form, setForm] = useState(rows.emptyForm);
  const [mounted, setMounted] = useState(false);
  const [part, setPart] = useState<ResultPart | null>(null);
  /** The reader has asked for a verdict (or arrived with answers in the URL). */
  const [asked, setAsked] = useState(false);
  /** Errors found at the last "Check"; they leave as the reader fixes them, new ones wait for the next "Check". */
  const [reported, setReported] = useState<readonly FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');
  const loading = useRef<Promise<ResultPart> | null>(null);
  const focusNext = useRef<string | null>(null);
  const pendingMessage = useRef('');
  const announcedKind = useRef<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  /** Loads the result part once; every caller gets the same promise. */
  const load = (): Promise<ResultPart> =>
    (loading.current ??= import('./Result.tsx').then((m) => {
      setPart(() => m);
      return m;
    }));

  // What the form says now: the fields to fix, or the verdict once the result part is here.
  const read = readForm(form, locale);
  const outcome = read.ok && part ? part.evaluate(read.answers, form) : null;
  const current: readonly FormError[] = !read.ok ? read.errors : outcome && !outcome.ok ? outcome.errors : [];
  const verdict = asked && outcome?.ok ? outcome : null;

  const swedishTitle = (i: number) => rowTitle(swedishPath(i), t);
  const foreignTitle = (i: number) => rowTitle(foreignPath(i), t);
  const problems = reported
    .filter((r) => current.some((e) => sameError(e, r)))
    .map((e) => ({ fieldId: e.fieldId, message: fill(t[e.key], { name: e.row ? rowInText(e.row, t) : '' }) }));
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  // Start from the URL (or `initial`) once in the browser; the server renders the empty form.
  useEffect(() => {
    const restored = initial ? { form: formFromUrl(initial, locale), hasAnswers: true } : readFormFromUrl(locale);
    setForm(restored.form);
    setMounted(true);
    const answers = readForm(restored.form, locale);
    if (restored.hasAnswers && answers.ok) {
      void load().then((m) => {
        if (m.evaluate(answers.answers, restored.form).ok) setAsked(true);
      });
    }
  }, []);

  useEffect(() => {
    if (mounted) writeUrlState(URL_PREFIX, encodeForm(form, locale));
  }, [form, mounted]);

  // After each render: move focus where an action asked for it, and announce
  // what changed (a removed row, a new verdict heading), politely and once.
  // A layout effect, so focus has moved before the reader's next key press.
  useLayoutEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
    const kind = verdict?.kind ?? null;
    const parts = [pendingMessage.current];
    if (kind && kind !== announcedKind.current) parts.push(kit[`verdict.${kind}`]);
    announcedKind.current = kind;
    pendingMessage.current = '';
    const said = parts.filter(Boolean).join(' ');
    if (said) setMessage(said);
  });

  const update = (next: rows.FormState) => setForm(next);

  const report = (errors: readonly FormError[]) => {
    setReported(errors);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    if (!read.ok) return report(read.errors);
    const checked = (part ?? (await load())).evaluate(read.answers, form);
    if (!checked.ok) return report(checked.errors);
    setReported([]);
    setAsked(true);
    announcedKind.current = null; // say the verdict again even if it has not changed
    requestAnimationFrame(() => resultRef.current?.scrollIntoView?.({ block: 'nearest' }));
  };

  const onStartAgain = () => {
    clearUrlState(URL_PREFIX);
    setForm(rows.emptyForm());
    setAsked(false);
    setReported([]);
    pendingMessage.current = kit.startedAgain;
    focusNext.current = fieldIds.participants;
  };

  const onAddSwedish = () => {
    const next = rows.addSwedish(form);
    focusNext.current = fieldIds.swedishLevel(next.swedish.at(-1)!.id);
    update(next);
  };
  const onRemoveSwedish = (id: number, index: number) => {
    const next = rows.removeSwedish(form, id);
    const previous = next.swedish[index - 1];
    // The applicant's row has no Remove button; then the Add button is next best.
    focusNext.current = previous && index - 1 > 0 ? fieldIds.swedishRemove(previous.id) : fieldIds.addSwedish;
    pendingMessage.current = fill(t.removed, { name: swedishTitle(index) });
    update(next);
  };
  const onAddForeign = () => {
    const next = rows.addForeign(form);
    focusNext.current = fieldIds.foreignCountry(next.foreign.at(-1)!.id);
    update(next);
  };
  const onRemoveForeign = (id: number, index: number) => {
    const next = rows.removeForeign(form, id);
    const previous = next.foreign[index - 1];
    focusNext.current = previous ? fieldIds.foreignRemove(previous.id) : fieldIds.addForeign;
    pendingMessage.current = fill(t.removed, { name: foreignTitle(index) });
    update(next);
  };

  const levels = SCHOOL_LEVELS.map((value) => ({ value, label: t.levels[value] }));
  const listId = fieldIds.countryList(locale);
  const link =
    mounted && verdict
      ? `${location.origin}${location.pathname}${withUrlState(URL_PREFIX, encodeForm(form, locale), '')}`
      : undefined;

  return (
    <div class="kit-widget pc" data-widget="partner-checker" data-ready={mounted ? '' : undefined}>
      {!mounted && <p class="pc-ssr-note kit-no-print">{t.ssrNote}</p>}
      <ErrorSummary locale={locale} id="pc-errors" errors={problems} attempt={attempt} />
      <form
        class="pc-form kit-no-print"
        noValidate
        onSubmit={onSubmit}
        onFocusIn={() => void load()}
        aria-label={t.heading}
      >
        <TextField
          locale={locale}
          id={fieldIds.participants}
          label={t.participantsLabel}
          hint={t.participantsHint}
          error={errorFor(fieldIds.participants)}
          value={form.participants}
          inputMode="numeric"
          width="short"
          onInput={(participants) => update({ ...form, participants })}
        />
        <Radios
          locale={locale}
          name="pc-type"
          legend={t.typeLegend}
          hint={t.typeHint}
          error={errorFor(fieldIds.typeFirst)}
          options={EXCHANGE_TYPES.map((value) => ({ value, label: t.types[value] }))}
          value={form.exchangeType || undefined}
          onChange={(exchangeType) => update({ ...form, exchangeType })}
        />
        <SwedishRows
          locale={locale}
          t={t}
          levels={levels}
          rows={form.swedish}
          rowName={swedishTitle}
          errorFor={errorFor}
          canAdd={rows.canAddSwedish(form)}
          onAdd={onAddSwedish}
          onRemove={onRemoveSwedish}
          onLevel={(id, level) => update(rows.updateSwedish(form, id, level))}
        />
        <ForeignRows
          locale={locale}
          t={t}
          levels={levels}
          rows={form.foreign}
          rowName={foreignTitle}
          listId={listId}
          errorFor={errorFor}
          canAdd={rows.canAddForeign(form)}
          onAdd={onAddForeign}
          onRemove={onRemoveForeign}
          onCountry={(id, countryText) => update(rows.updateForeign(form, id, { countryText }))}
          onLevel={(id, level) => update(rows.updateForeign(form, id, { level }))}
        />
        <Radios
          locale={locale}
          name="pc-visits"
          legend={t.visitsLegend}
          hint={t.visitsHint}
          error={errorFor(fieldIds.visitsFirst)}
          options={(['yes', 'no'] as const).map((value) => ({ value, label: t[`visits.${value}`] }))}
          value={form.visits || undefined}
          onChange={(visits) => update({ ...form, visits })}
          inline
        />
        {mounted && (
          <datalist id={listId}>
            {countryOptions(locale).map((c) => (
              <option key={c.code} value={c.name} />
            ))}
          </datalist>
        )}
        <div class="kit-actions pc-actions">
          <button type="submit" class="kit-button pc-submit">
            {t.submit}
          </button>
          {mounted && (asked || reported.length > 0) && <StartAgain locale={locale} onClick={onStartAgain} />}
        </div>
      </form>
      <div class="pc-result" ref={resultRef}>
        {verdict && part && (
          <part.Result
            locale={locale}
            text={t}
            form={form}
            kind={verdict.kind}
            findings={verdict.findings}
            guideUrls={guideUrls}
            link={link}
          />
        )}
      </div>
      <LiveRegion message={message} />
    </div>
  );
}
