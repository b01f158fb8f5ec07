/**
 * A choice from a list: label, hint, inline error, and an optional empty first
 * option ("Choose …") so that no answer is preselected by accident.
 */
import type { ComponentChildren } from 'preact';
import { describedBy } from './described-by.ts';
import { Field } from './FieldNotes.tsx';

export interface SelectOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

export interface SelectProps<V extends string> {
  readonly id: string;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly options: readonly SelectOption<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V | undefined) => void;
  /** Label of the empty first option; leave out to have none. */
  readonly placeholder?: string;
}

export function Select<V extends string>(props: SelectProps<V>) {
  const { id, hint, error } = props;
  const known = (raw: string): V | undefined => props.options.find((o) => o.value === raw)?.value;
  return (
    <Field id={id} label={props.label} hint={hint} error={error}>
      <select
        class="kit-select"
        id={id}
        name={id}
        aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
        aria-invalid={error ? 'true' : undefined}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(known(e.currentTarget.value))}
      >
        {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
