/**
 * The partner checker (kontroll av partnerskolor och projektets uppbyggnad):
 * participants, exchange type, the Swedish schools with the applicant first,
 * the schools abroad, and funded visits to Sweden. It reads the answers, asks
 * src/rules for the verdict and shows it with reasons and sources through the
 * kit (docs/adr/0006). No rule lives here.
 *
 * Behaviour, as GOV.UK forms do it: nothing is judged until the reader asks
 * ("Check"); then an error summary takes focus if a field needs an answer,
 * otherwise the verdict appears and its heading is announced politely. After
 * that the verdict follows every change. Answers live in the URL (prefix `p`,
 * url-codec.ts) and survive a reload, the language switch and typing before
 * the script arrived (useWidgetState).
 *
 * Up front: the form, reading it, the URL and the error summary, so the first
 * Check on a bad entry answers at once. On use (part.ts, through useOnUse):
 * the rules check and the verdict panel, fetched when the reader first works
 * in the form or the URL brings answers; a Check that finds it missing waits
 * for it, and a failed load shows LoadProblem with "Try again".
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import { AsOfNote, NoRulesOnDay } from '../kit/AsOfNote.tsx';
import { ErrorSummary } from '../kit/ErrorSummary.tsx';
import { fill } from '../kit/fill.ts';
import type { FindingLinks } from '../kit/finding-views.ts';
import '../kit/kit.css';
import { KitWords } from '../kit/kit-words.ts';
import { LiveRegion } from '../kit/LiveRegion.tsx';
import { LoadProblem } from '../kit/LoadProblem.tsx';
import { Radios } from '../kit/Radios.tsx';
import { StartAgain } from '../kit/StartAgain.tsx';
import { SubmitButton } from '../kit/SubmitButton.tsx';
import { TextField } from '../kit/TextField.tsx';
import type { FieldProblem, WidgetProps } from '../kit/types.ts';
import { withRuleMessages } from '../kit/rule-messages.ts';
import { useAsOf } from '../kit/use-as-of.ts';
import { useOnUse } from '../kit/use-on-use.ts';
import { useWidgetState } from '../kit/use-widget-state.ts';
import { fieldIds, firstRadio } from './field-ids.ts';
import { partnershipMessages } from './messages.ts';
import { addRow, canAdd, removeRow, updateRow, type FormChoices, type Side } from './form-state.ts';
import { rowTitle, rowTitleOf } from './names.ts';
import { readForm, type FormError } from './read-form.ts';
import { SchoolRows } from './SchoolRows.tsx';
import { stateSpec } from './url-codec.ts';
import './partner-checker.css';

export interface PartnerCheckerProps extends WidgetProps {
  /**
   * Everything the checker says, in the page's language
   * (partnerCheckerText(locale)). Handed in by the page, so it travels as data
   * in the HTML instead of both languages travelling in the script.
   */
  readonly text: PartnerCheckerText;
  /** What the form offers (levels, exchange types, row caps, country codes), from the rules via the page. */
  readonly choices: FormChoices;
  /** Each rule's guidance section and the rules page (guide-links.ts, worked out by the page). */
  readonly links?: FindingLinks;
}

/** The on-use part (part.ts); useOnUse loads it together with the page's rule messages. */
const loadPart = () => import('./part.ts');

const sameError = (a: FormError, b: FormError) => a.fieldId === b.fieldId && a.key === b.key;

export default function PartnerChecker({ locale, asOf: pageDate, kit, text: t, choices, links = {} }: PartnerCheckerProps) {
  const spec = useMemo(() => stateSpec(locale, choices), [locale, choices]);
  const { state: form, update, reset, hydrated, restored, formRef } = useWidgetState(spec);
  // The day: the page's, or the address's `?asOf=`; the note below states it and the check uses it.
  const day = useAsOf(pageDate);
  const asOf = day.asOf;
  const part = useOnUse(useMemo(() => withRuleMessages(locale, partnershipMessages, loadPart), [locale]));
  /** The reader has asked for a verdict (or arrived with complete answers). */
  const [asked, setAsked] = useState(false);
  /** Errors found at the last "Check"; they leave as the reader fixes them, new ones wait for the next "Check". */
  const [reported, setReported] = useState<readonly FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [message, setMessage] = useState('');
  const focusNext = useRef<string | null>(null);
  const pendingMessage = useRef('');
  const announcedKind = useRef<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // What the form says now: the fields to fix, or (once the part is here) the verdict.
  const read = readForm(form, locale, choices);
  const m = part.module;
  const outcome = read.ok && m ? m.evaluate(read.answers, asOf) : undefined;
  const current = read.ok ? [] : read.errors;
  const verdict = asked ? (outcome ?? null) : null;

  const labelOf = (e: FormError): string =>
    e.row
      ? rowTitleOf(e.row, t)
      : e.fieldId === fieldIds.participants
        ? t.participantsLabel
        : e.fieldId.startsWith(fieldIds.typeGroup)
          ? t.typeLegend
          : t.visitsLegend;
  const problems: FieldProblem[] = reported
    .filter((r) => current.some((e) => sameError(e, r)))
    .map((e) => ({ fieldId: e.fieldId, label: labelOf(e), message: t[e.key] }));
  const errorFor = (fieldId: string) => problems.find((p) => p.fieldId === fieldId)?.message;

  // Answers that arrive with the page (a shared link, text typed before hydration) show their verdict at once.
  useEffect(() => {
    if (!restored || !readForm(form, locale, choices).ok) return;
    setAsked(true);
    void part.load();
  }, [restored]);

  // After each render: move focus where an action asked for it, and announce
  // what changed (a removed row, a new verdict heading), politely and once.
  // A layout effect, so focus has moved before the reader's next key press.
  useLayoutEffect(() => {
    if (focusNext.current) {
      document.getElementById(focusNext.current)?.focus();
      focusNext.current = null;
    }
    const kind = verdict?.kind ?? null;
    const said = [pendingMessage.current];
    if (kind && kind !== announcedKind.current && m) said.push(m.verdictHeading(kind, kit));
    announcedKind.current = kind;
    pendingMessage.current = '';
    if (said.some(Boolean)) setMessage(said.filter(Boolean).join(' '));
  });

  const report = (errors: readonly FormError[]) => {
    setReported(errors);
    setAttempt((n) => n + 1);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const now = readForm(form, locale, choices);
    if (!now.ok) return report(now.errors);
    setAsked(true);
    setReported([]);
    // Waits for the part if it is on its way; a failed load shows LoadProblem (render).
    await part.load();
    announcedKind.current = null; // say the verdict again even if it has not changed
    requestAnimationFrame(() => resultRef.current?.scrollIntoView?.({ block: 'nearest' }));
  };

  const onStartAgain = () => {
    reset();
    setAsked(false);
    setReported([]);
    pendingMessage.current = kit.startedAgain;
    focusNext.current = fieldIds.participants;
  };

  /** Every change also fetches the part (a mouse reader may never focus a field first). */
  const change = (next: typeof form) => {
    update(next);
    void part.load();
  };
  const cap = choices.rowCap;
  const onAdd = (side: Side) => {
    const next = addRow(form, side, cap);
    const added = next[side].at(-1)!.id;
    focusNext.current = side === 'swedish' ? fieldIds.swedishLevel(added) : fieldIds.foreignCountry(added);
    change(next);
  };
  const onRemove = (side: Side, id: number, index: number) => {
    const next = removeRow(form, side, id);
    const previous = next[side][index - 1];
    // The applicant's row has no Remove button; then the Add button is next best.
    const removable = previous && (side === 'foreign' || index - 1 > 0);
    focusNext.current = removable ? fieldIds.remove(side, previous.id) : fieldIds.add[side];
    pendingMessage.current = fill(t.removed, { name: rowTitle(side, index, t) });
    change(next);
  };
  const rows = (side: Side) => (
    <SchoolRows
      locale={locale}
      side={side}
      t={t}
      levels={choices.levels}
      rows={form[side]}
      errorFor={errorFor}
      canAdd={canAdd(form, side, cap)}
      onAdd={() => onAdd(side)}
      onRemove={(id, index) => onRemove(side, id, index)}
      onChange={(id, patch) => change(updateRow(form, side, id, patch))}
    />
  );

  return (
    <KitWords.Provider value={kit}>
      <div class="kit-widget pc" data-widget="partner-checker" data-ready={hydrated ? '' : undefined}>
        <AsOfNote locale={locale} day={day} text={t.asOf} />
        <ErrorSummary id="pc-errors" errors={problems} attempt={attempt} />
        {/* autocomplete off: Firefox restores old field states on reload, which the kit's hook would take for typing before hydration. */}
        <form ref={formRef} class="pc-form kit-no-print" noValidate autoComplete="off" onSubmit={onSubmit} onFocusIn={() => void part.load()} aria-label={t.heading}>
          <TextField
            id={fieldIds.participants}
            label={t.participantsLabel}
            hint={t.participantsHint}
            error={errorFor(fieldIds.participants)}
            value={form.participants}
            inputMode="numeric"
            width="short"
            onInput={(participants) => change({ ...form, participants })}
          />
          <Radios
            name={fieldIds.typeGroup}
            legend={t.typeLegend}
            hint={t.typeHint}
            error={errorFor(firstRadio(fieldIds.typeGroup, choices.exchangeTypes))}
            options={choices.exchangeTypes.map((value) => ({ value, label: t.types[value] }))}
            value={form.exchangeType || undefined}
            onChange={(exchangeType) => change({ ...form, exchangeType })}
          />
          {rows('swedish')}
          {rows('foreign')}
          <Radios
            name={fieldIds.visitsGroup}
            legend={t.visitsLegend}
            hint={t.visitsHint}
            error={errorFor(`${fieldIds.visitsGroup}-yes`)}
            options={(['yes', 'no'] as const).map((value) => ({ value, label: t[`visits.${value}`] }))}
            value={form.visits || undefined}
            onChange={(visits) => change({ ...form, visits })}
            inline
          />
          <div class="kit-actions pc-actions">
            <SubmitButton hydrated={hydrated} class="pc-submit">
              {t.submit}
            </SubmitButton>
            {hydrated && (asked || reported.length > 0) && <StartAgain onClick={onStartAgain} />}
          </div>
        </form>
        {/* An id to land on: a workshop example jumps here, so the verdict needs no second scroll. */}
        <div class="pc-result" id="pc-result" ref={resultRef} data-result="">
          {asked && part.status === 'failed' && <LoadProblem onRetry={() => void part.load()} />}
          {asked && outcome === null && <NoRulesOnDay locale={locale} asOf={asOf} text={t.noRulesOnDate} />}
          {verdict && m && (
            <m.Result locale={locale} text={t} form={form} choices={choices} verdict={verdict} links={links} messages={m.messages} asOf={asOf} />
          )}
        </div>
        <LiveRegion message={message} />
      </div>
    </KitWords.Provider>
  );
}
