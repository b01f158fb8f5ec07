/**
 * A group of inputs under one question: fieldset + legend, with a hint and an
 * inline error tied to the group. `id` names the group; hint and error get
 * `<id>-hint` and `<id>-error`.
 */
import type { ComponentChildren } from 'preact';
import { describedBy } from './described-by.ts';
import { FieldNotes } from './FieldNotes.tsx';

export interface FieldsetProps {
  readonly id: string;
  readonly legend: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly children: ComponentChildren;
}

export function Fieldset({ id, legend, hint, error, children }: FieldsetProps) {
  return (
    <fieldset
      class={`kit-fieldset${error ? ' kit-field--error' : ''}`}
      id={id}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
    >
      <legend class="kit-legend">{legend}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
