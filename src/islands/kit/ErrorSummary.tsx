/**
 * The GOV.UK error summary: a box at the top of the widget listing each
 * problem as a link to its field, naming the field first ("Antal deltagare:
 * skriv ett heltal"), so the list makes sense read on its own. It takes focus when it appears and again
 * whenever `attempt` changes (each failed submit), so a screen reader reads it
 * and a keyboard user starts from it. Renders nothing when there are no errors.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useKitWords } from './kit-words.ts';
import type { FieldProblem } from './types.ts';

export interface ErrorSummaryProps {
  /** Unique within the page, e.g. `c-errors`. */
  readonly id: string;
  readonly errors: readonly FieldProblem[];
  /** Bump on every submit that found errors, to move focus back to the summary. */
  readonly attempt?: number;
}

/** Moves focus to the field and brings its label (or legend) into view, not just the input. */
function goToField(fieldId: string, event: Event): void {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const group = field.closest('fieldset');
  const label = group?.querySelector('legend') ?? document.querySelector(`label[for="${fieldId}"]`);
  (label ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}

export function ErrorSummary({ id, errors, attempt = 0 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // One entry per field, in the form's order: the list is bounded by the form's fields, however many
  // problems a field has (the first is the one to fix first).
  const entries = errors.filter((e, i) => errors.findIndex((other) => other.fieldId === e.fieldId) === i);
  const shown = entries.length > 0;
  // Layout effect: focus moves as soon as the summary is in the DOM, before the next keystroke.
  useLayoutEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, attempt]);
  if (!shown) return null;
  const t = useKitWords();
  return (
    <div class="kit-error-summary" id={id} ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`} data-error-summary="">
      <h3 class="kit-error-summary__title" id={`${id}-title`}>
        {t.errorSummaryTitle}
      </h3>
      <ul class="kit-error-summary__list">
        {entries.map((e) => (
          <li key={e.fieldId} data-field={e.fieldId}>
            <a href={`#${e.fieldId}`} onClick={(event) => goToField(e.fieldId, event)}>
              {e.label}: {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
