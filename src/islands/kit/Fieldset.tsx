/**
 * A group of inputs under one question: fieldset + legend, with a hint and an
 * inline error tied to the group. `id` names the group; hint and error get
 * `<id>-hint` and `<id>-error`.
 */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales.ts';
import { kitFormStrings } from '../../i18n/widgets/kit-form.ts';
import { describedBy } from './described-by.ts';

export interface FieldsetProps {
  readonly locale: Locale;
  readonly id: string;
  readonly legend: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly children: ComponentChildren;
}

export function Fieldset({ locale, id, legend, hint, error, children }: FieldsetProps) {
  return (
    <fieldset
      class={`kit-fieldset${error ? ' kit-field--error' : ''}`}
      id={id}
      aria-describedby={describedBy(id, Boolean(hint), Boolean(error))}
    >
      <legend class="kit-legend">{legend}</legend>
      {hint && (
        <p class="kit-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="kit-error-message" id={`${id}-error`}>
          <span class="kit-visually-hidden">{kitFormStrings[locale].errorPrefix} </span>
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
