/**
 * A one-of-several question: radios in a fieldset. Each radio's id is
 * `<name>-<value>`; link an error summary entry to `radioId(name, first value)`.
 */
import type { ComponentChildren } from 'preact';
import { Fieldset } from './Fieldset.tsx';

export interface RadioOption<V extends string> {
  readonly value: V;
  readonly label: ComponentChildren;
  readonly hint?: ComponentChildren;
}

export interface RadiosProps<V extends string> {
  readonly name: string;
  readonly legend: ComponentChildren;
  readonly hint?: ComponentChildren;
  readonly error?: string | undefined;
  readonly options: readonly RadioOption<V>[];
  readonly value: V | undefined;
  readonly onChange: (value: V) => void;
  /** Side by side (yes/no) instead of stacked. */
  readonly inline?: boolean;
}

export const radioId = (name: string, value: string): string => `${name}-${value}`;

export function Radios<V extends string>(props: RadiosProps<V>) {
  const { name } = props;
  return (
    <Fieldset id={name} legend={props.legend} hint={props.hint} error={props.error}>
      <div class={`kit-radios${props.inline ? ' kit-radios--inline' : ''}`}>
        {props.options.map((option) => {
          const id = radioId(name, option.value);
          return (
            <div class="kit-radio" key={option.value}>
              <input
                class="kit-radio__input"
                type="radio"
                id={id}
                name={name}
                value={option.value}
                checked={props.value === option.value}
                aria-describedby={option.hint ? `${id}-hint` : undefined}
                onChange={() => props.onChange(option.value)}
              />
              <label class="kit-radio__label" for={id}>
                {option.label}
              </label>
              {option.hint && (
                <p class="kit-hint kit-radio__hint" id={`${id}-hint`}>
                  {option.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </Fieldset>
  );
}
