/**
 * In the "Why?" panel: the same answers on another day (issue 14). The day
 * goes into the address beside the widget's answers, which the address
 * already holds, and the page opens it at the widget's result region: the
 * widget reads both as it loads, so the result, its figures and this trace
 * are that day's, and the link can be shared.
 *
 * A native date field (a picker on a phone or an iPad). A date left half
 * typed gets a message, not a quiet return to the page's day; an empty field
 * is the page's day. A day the rules hold nothing for opens to the note that
 * says so (NoRulesOnDay), never to another day's answer.
 */
import { useState } from 'preact/hooks';
import { isIsoDate } from '../../rules/iso-date.ts';
import { AS_OF_PARAM, addressOnDay } from './as-of.ts';
import { describedBy } from './described-by.ts';
import { Field } from './FieldNotes.tsx';
import { useKitWords } from './kit-words.ts';

export interface AsOfControlProps {
  /** The verdict panel's id; the field's ids hang off it, so two widgets on a page keep theirs apart. */
  readonly id: string;
  /** The day the result was worked out for. */
  readonly asOf: string;
}

export function AsOfControl({ id, asOf }: AsOfControlProps) {
  const t = useKitWords();
  const field = `${id}-as-of`;
  const [error, setError] = useState<string | undefined>();
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem(AS_OF_PARAM) as HTMLInputElement;
    const day = input.value;
    if (!input.validity.badInput && (day === '' || isIsoDate(day))) {
      // Opened at the result region this panel stands in: the new day's answer is what the reader asked to see.
      location.assign(addressOnDay(location.href, day, form.closest('[data-result]')?.id));
      return;
    }
    setError(t.asOfBadInput);
    input.focus();
  };
  return (
    <form class="kit-why__as-of kit-no-print" method="get" noValidate onSubmit={onSubmit} data-as-of-control="">
      <Field id={field} label={t.asOfLabel} hint={t.asOfHint} error={error}>
        <input
          class="kit-input kit-input--medium"
          type="date"
          id={field}
          name={AS_OF_PARAM}
          defaultValue={asOf}
          aria-describedby={describedBy(field, true, Boolean(error))}
          aria-invalid={error ? 'true' : undefined}
        />
      </Field>
      <button type="submit" class="kit-button kit-button--secondary">
        {t.asOfApply}
      </button>
    </form>
  );
}
