/**
 * The country picker: a text input tied to a `<datalist>` of country names in
 * the page's language. The browser filters the list as the reader types and
 * offers it to keyboard and screen-reader users natively, which is lighter and
 * better supported than a hand-made combobox. What was typed is read into a
 * code by countries.ts when the form is checked.
 */
import type { ComponentChildren } from 'preact';
import type { Locale } from '../../i18n/locales.ts';
import { kitFormStrings } from '../../i18n/widgets/kit-form.ts';
import { describedBy } from '../kit/described-by.ts';

export interface CountryFieldProps {
  readonly locale: Locale;
  readonly id: string;
  readonly listId: string;
  readonly label: ComponentChildren;
  readonly hint: ComponentChildren;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onInput: (value: string) => void;
}

export function CountryField(props: CountryFieldProps) {
  const { id, error } = props;
  return (
    <div class={`kit-field${error ? ' kit-field--error' : ''}`}>
      <label class="kit-label" for={id}>
        {props.label}
      </label>
      <p class="kit-hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      {error && (
        <p class="kit-error-message" id={`${id}-error`}>
          <span class="kit-visually-hidden">{kitFormStrings[props.locale].errorPrefix} </span>
          {error}
        </p>
      )}
      <input
        class="kit-input kit-input--full pc-country"
        id={id}
        name={id}
        type="text"
        list={props.listId}
        autoComplete="off"
        spellcheck={false}
        value={props.value}
        aria-describedby={describedBy(id, true, Boolean(error))}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
    </div>
  );
}
