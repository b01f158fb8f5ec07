/**
 * A field as GOV.UK orders it: the label (or a fieldset's legend), the hint,
 * the inline error, then the control. The ids `<id>-hint` and `<id>-error` are
 * what describedBy() ties to the control, so every field of the kit says them
 * the same way: `Field` for one control with a label, `FieldNotes` alone under
 * a fieldset's legend.
 */
import type { ComponentChildren } from 'preact';
import { useKitWords } from './kit-words.ts';

export interface FieldNotesProps {
  readonly id: string;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
}

export function FieldNotes({ id, hint, error }: FieldNotesProps) {
  const t = useKitWords();
  return (
    <>
      {hint && (
        <p class="kit-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="kit-error-message" id={`${id}-error`}>
          <span class="kit-visually-hidden">{t.errorPrefix} </span>
          {error}
        </p>
      )}
    </>
  );
}

export interface FieldProps extends FieldNotesProps {
  readonly label: ComponentChildren;
  /** The control, labelled by `label` through `for={id}`. */
  readonly children: ComponentChildren;
}

export function Field({ id, label, hint, error, children }: FieldProps) {
  return (
    <div class={`kit-field${error ? ' kit-field--error' : ''}`}>
      <label class="kit-label" for={id}>
        {label}
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}
