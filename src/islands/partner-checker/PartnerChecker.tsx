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
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { kitStrings } from '../../i18n/widgets/kit.ts';
import type { PartnerCheckerStrings } from '../../i18n/widgets/partner-checker.ts';
import {
  clearUrlState,
  ErrorSummary,
  fill,
  LiveRegion,
  PrintSummary,
  Radios,
  StartAgain,
  TextField,
  VerdictPanel,
  withUrlState,
  writeUrlState,
} from '../kit/index.ts';
import { countryOptions } from './countries.ts';
import { evaluate } from './evaluate.ts';
import { fieldIds } from './field-ids.ts';
import { findingViews } from './finding-view.ts';
import * as rows from './form-state.ts';
import { EXCHANGE_TYPES, SCHOOL_LEVELS } from './options.ts';
import { printAnswers } from './print-answers.ts';
import { exchangeTypeName, foreignPath, levelName, rowInText, rowTitle, swedishPath } from './names.ts';
import type { FormError } from './read-form.ts';
import { ForeignRows, SwedishRows } from './SchoolRows.tsx';
import './partner-checker.css';
import { encodeForm, formFromUrl, readFormFromUrl, URL_PREFIX, type UrlFields } from './url-codec.ts';

export interface PartnerCheckerProps {
  readonly locale: Locale;
  /**
   * The page language's strings (partnerCheckerStrings[locale]). Handed in by
   * the page, so they travel as data in the HTML instead of both languages
   * travelling in the island's JavaScript.
   */
  readonly strings: PartnerCheckerStrings;
  /** Guidance page URLs by page key (from the route registry), for each finding's "read more" link. */
  readonly guideUrls?: Readonly<Record<string, string>>;
  /** A state to start from instead of the URL's (a test, a preset rendered in place). */
  readonly initial?: Partial<UrlFields>;
}

const sameError = (a: FormError, b: FormError) => a.fieldId === b.fieldId && a.key === b.key;

export default function PartnerChecker({ locale, strings: t, guideUrls = {}, initial }: PartnerCheckerProps) {
  const kit = kitStrings[locale];
  const [form, setForm] = useState(rows.emptyForm);
  const [mounted, setMounted] = useState(false);
  /** The reader has asked for a verdict (or arrived with answers in the URL). */
  const [asked, setAsked] = useState(false);
  /** Errors found at the last "Check"; they leave as the reader fixes them, new ones wait for the next "Check". */
  const [reported, setReported] = useState<readonly FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');
  const focusNext = useRef<string | null>(null);
  const pendingMessage = useRef('');
  const announcedKind = useRef<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const outcome = useMemo(() => evaluate(form, locale), [form, locale]);

  const swedishTitle = (i: number) => rowTitle(swedishPath(i), locale);
  const foreignTitle = (i: number) => rowTitle(foreignPath(i), locale);

  const errors = outcome.ok ? [] : reported.filter((r) => outcome.errors.some((e) => sameError(e, r)));
  const problems = errors.map((e) => ({
    fieldId: e.fieldId,
    message: fill(t[e.key], { name: e.row ? rowInText(e.row, locale) : '' }),
  }));
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;
  const verdict = asked && outcome.ok ? outcome : null;

  // Start from the URL (or `initial`) once in the browser; the server renders the empty form.
  useEffect(() => {
    const restored = initial ? { form: formFromUrl(initial, locale), hasAnswers: true } : readFormFromUrl(locale);
    setForm(restored.form);
    if (restored.hasAnswers && evaluate(restored.form, locale).ok) setAsked(true);
    setMounted(true);
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
    const text = parts.filter(Boolean).join(' ');
    if (text) setMessage(text);
  });

  const update = (next: rows.FormState) => setForm(next);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (!outcome.ok) {
      setReported(outcome.errors);
      setAttempt((n) => n + 1);
      return;
    }
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

  const levels = SCHOOL_LEVELS.map((value) => ({ value, label: levelName(value, locale) }));
  const listId = fieldIds.countryList(locale);
  const shareLink =
    mounted && verdict
      ? `${location.origin}${location.pathname}${withUrlState(URL_PREFIX, encodeForm(form, locale), '')}`
      : undefined;

  return (
    <div class="kit-widget pc" data-widget="partner-checker" data-ready={mounted ? '' : undefined}>
      {!mounted && <p class="pc-ssr-note kit-no-print">{t.ssrNote}</p>}
      <ErrorSummary locale={locale} id="pc-errors" errors={problems} attempt={attempt} />
      <form class="pc-form kit-no-print" noValidate onSubmit={onSubmit} aria-label={t.heading}>
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
          options={EXCHANGE_TYPES.map((value) => ({ value, label: exchangeTypeName(value, locale) }))}
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
        {verdict && (
          <>
            <PrintSummary
              locale={locale}
              answers={printAnswers(form, locale, t)}
              link={shareLink}
            />
            <VerdictPanel locale={locale} id="pc-verdict" kind={verdict.kind} findings={findingViews(verdict.findings, locale, guideUrls)} />
          </>
        )}
      </div>
      <LiveRegion message={message} />
    </div>
  );
}
