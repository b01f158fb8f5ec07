/**
 * One text input as GOV.UK builds it: label, optional hint, inline error above
 * the input, both tied to the input by aria-describedby. Always `type="text"`
 * with an `inputMode`, because `type="number"` mangles `220 000` and `7,5`.
 */
import type { ComponentChildren } from 'preact';
import { describedBy } from './described-by.ts';
import { Field } from './FieldNotes.tsx';

export interface TextFieldProps {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onInput: (value: string) => void;
  /** Fires when the reader leaves the field (the `change` event). */
  readonly onCommit?: (value: string) => void;
  readonly inputMode?: 'numeric' | 'decimal' | 'text' | 'search';
  /** Shown after the input, e.g. `kr`; decorative, so the label must say the unit too. */
  readonly suffix?: string;
  /** Width class: `short` fits ~6 characters, `medium` ~12, `full` the column. */
  readonly width?: 'short' | 'medium' | 'full';
  /** The id of a `<datalist>` the browser offers as suggestions (the partner checker's countries). */
  readonly list?: string;
}

export function TextField(props: TextFieldProps) {
  const { id, error, hint } = props;
  return (
    <Field id={id} label={props.label} hint={hint} error={error}>
      <span class="kit-input-wrap">
        <input
          class={`kit-input kit-input--${props.width ?? 'medium'}`}
          id={id}
          name={id}
          type="text"
          inputMode={props.inputMode ?? 'text'}
          list={props.list}
          autoComplete="off"
          spellcheck={false}
          value={props.value}
          aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
          aria-invalid={error ? 'true' : undefined}
          onInput={(e) => props.onInput(e.currentTarget.value)}
          onChange={(e) => props.onCommit?.(e.currentTarget.value)}
        />
        {props.suffix && (
          <span class="kit-suffix" aria-hidden="true">
            {props.suffix}
          </span>
        )}
      </span>
    </Field>
  );
}
