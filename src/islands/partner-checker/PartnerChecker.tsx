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
 * The up-front script is the form alone: its fields, and adding and removing
 * rows. The choices it offers (exchange types, levels, row caps) come as
 * props from the page and the country list is the page's own <datalist>, so
 * no parameter is in it. Everything else — reading the form, the URL, the
 * check, the error summary, the result — is part.ts, loaded on use: when the
 * reader first works in the form, or when the URL brings answers. The error
 * summary and "Start again" only ever follow a Check, which waits for it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Locale } from '../../i18n/locales.ts';
import { kitFormStrings } from '../../i18n/widgets/kit-form.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
// The kit's parts file by file rather than through its index: the index would
// tie the result part's modules (verdict panel, print summary) to this script.
import { fill } from '../kit/fill.ts';
import '../kit/kit.css';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { Radios } from '../kit/Radios.tsx';
import { TextField } from '../kit/TextField.tsx';
import { fieldIds } from './field-ids.ts';
import * as rows from './form-state.ts';
import { foreignPath, rowInText, rowTitle, swedishPath } from './names.ts';
import type { FormChoices } from './options.ts';
import type { FormError } from './read-form.ts';
import { ForeignRows, SwedishRows } from './SchoolRows.tsx';
import './partner-checker.css';
import type { UrlFields } from './url-codec.ts';

export interface PartnerCheckerProps {
  readonly locale: Locale;
  /**
   * Everything the checker says, in the page's language
   * (partnerCheckerText(locale)). Handed in by the page, so it travels as data
   * in the HTML instead of both languages travelling in the script.
   */
  readonly text: PartnerCheckerText;
  /** The exchange types, school levels and row caps the form offers (formChoices() in options.ts, read by the page). */
  readonly choices: FormChoices;
  /** Guidance page URLs by page key (from the route registry), for each finding's "read more" link. */
  readonly guideUrls?: Readonly<Record<string, string>>;
  /** A state to start from instead of the URL's (a test, a preset rendered in place). */
  readonly initial?: Partial<UrlFields>;
}

type Part = typeof import('./part.ts');

/** Whether the address holds any of this widget's answers (then the part is needed before the form can show them). */
const urlHasAnswers = () => [...new URLSearchParams(location.search).keys()].some((k) => k.startsWith('p-'));

const sameError = (a: FormError, b: FormError) => a.fieldId === b.fieldId && a.key === b.key;

export default function PartnerChecker({ locale, text: t, choices, guideUrls = {}, initial }: PartnerCheckerProps) {
  const [form, setForm] = useState(rows.emptyForm);
  const [mounted, setMounted] = useState(false);
  const [part, setPart] = useState<Part | null>(null);
  /** The reader has asked for a verdict (or arrived with answers in the URL). */
  const [asked, setAsked] = useState(false);
  /** Errors found at the last "Check"; they leave as the reader fixes them, new ones wait for the next "Check". */
  const [reported, setReported] = useState<readonly FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');
  const loading = useRef<Promise<Part> | null>(null);
  const focusNext = useRef<string | null>(null);
  const pendingMessage = useRef('');
  const announcedKind = useRef<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  /** Loads the on-use part once; every caller gets the same promise. */
  const load = (): Promise<Part> =>
    (loading.current ??= import('./part.ts').then((m) => {
      setPart(() => m);
      return m;
    }));

  // What the form says now (once the part is here): the fields to fix, or the verdict.
  const read = part ? part.readForm(form, locale) : null;
  const outcome = read?.ok && part ? part.evaluate(read.answers, form) : null;
  const current: readonly FormError[] = read && !read.ok ? read.errors : outcome && !outcome.ok ? outcome.errors : [];
  const verdict = asked && outcome?.ok ? outcome : null;

  const swedishTitle = (i: number) => rowTitle(swedishPath(i), t);
  const foreignTitle = (i: number) => rowTitle(foreignPath(i), t);
  const problems = reported
    .filter((r) => current.some((e) => sameError(e, r)))
    .map((e) => ({ fieldId: e.fieldId, message: fill(t[e.key], { name: e.row ? rowInText(e.row, t) : '' }) }));
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  // Start from the URL (or `initial`) once in the browser; the server renders the empty form.
  // Without answers to restore the form is ready at once; with them, once the part has read them.
  useEffect(() => {
    if (!initial && !urlHasAnswers()) {
      setMounted(true);
      return;
    }
    const untouched = form;
    void load().then((m) => {
      const restored = m.restore(locale, initial);
      // A reader who started typing while the part loaded keeps what they typed.
      setForm((now) => (now === untouched ? restored.form : now));
      setMounted(true);
      const answers = m.readForm(restored.form, locale);
      if (restored.hasAnswers && answers.ok && m.evaluate(answers.answers, restored.form).ok) setAsked(true);
    });
  }, []);

  useEffect(() => {
    if (mounted && part) part.saveToUrl(form, locale);
  }, [form, mounted, part]);

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
    if (kind && kind !== announcedKind.current && part) parts.push(part.kitStrings[locale][`verdict.${kind}`]);
    announcedKind.current = kind;
    pendingMessage.current = '';
    const said = parts.filter(Boolean).join(' ');
    if (said) setMessage(said);
  });

  /** Every change also fetches the part (if a mouse reader never focused the form), so the URL follows. */
  const update = (next: rows.FormState) => {
    setForm(next);
    void load();
  };

  const report = (errors: readonly FormError[]) => {
    setReported(errors);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const m = part ?? (await load());
    const now = m.readForm(form, locale);
    if (!now.ok) return report(now.errors);
    const checked = m.evaluate(now.answers, form);
    if (!checked.ok) return report(checked.errors);
    setReported([]);
    setAsked(true);
    announcedKind.current = null; // say the verdict again even if it has not changed
    requestAnimationFrame(() => resultRef.current?.scrollIntoView?.({ block: 'nearest' }));
  };

  const onStartAgain = () => {
    part?.clearUrl();
    setForm(rows.emptyForm());
    setAsked(false);
    setReported([]);
    pendingMessage.current = kitFormStrings[locale].startedAgain;
    focusNext.current = fieldIds.participants;
  };

  const cap = choices.rowCap;
  const onAddSwedish = () => {
    const next = rows.addSwedish(form, cap);
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
    const next = rows.addForeign(form, cap);
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

  const levels = choices.levels.map((value) => ({ value, label: t.levels[value] }));

  return (
    <div class="kit-widget pc" data-widget="partner-checker" data-ready={mounted ? '' : undefined}>
      {!mounted && <p class="pc-ssr-note kit-no-print">{t.ssrNote}</p>}
      {part && <part.ErrorSummary locale={locale} id="pc-errors" errors={problems} attempt={attempt} />}
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
          error={errorFor(fieldIds.typeFirst(choices.exchangeTypes))}
          options={choices.exchangeTypes.map((value) => ({ value, label: t.types[value] }))}
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
          canAdd={rows.canAddSwedish(form, cap)}
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
          listId={fieldIds.countryList(locale)}
          errorFor={errorFor}
          canAdd={rows.canAddForeign(form, cap)}
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
        <div class="kit-actions pc-actions">
          <button type="submit" class="kit-button pc-submit">
            {t.submit}
          </button>
          {mounted && part && (asked || reported.length > 0) && <part.StartAgain locale={locale} onClick={onStartAgain} />}
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
          />
        )}
      </div>
      <LiveRegion message={message} />
    </div>
  );
}
