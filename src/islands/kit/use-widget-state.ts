/**
 * The one form-state hook every widget uses (docs/adr/0006): where a widget's
 * answers come from and where they go.
 *
 *   server render      → `empty()`            (the server has no URL)
 *   hydration          → URL (`fromUrl`), then what the reader typed before the
 *                        script arrived (`withTyped`), which wins
 *   every change       → state → URL (`toUrl`), replacing the history entry, or
 *                        pushing one where a step deserves its own Back (the quiz)
 *   Back / Forward     → URL → state (`fromUrl`)
 *   language switch    → carries the URL's answers (language-switch.ts)
 *
 * The widget keeps no second copy of its answers: the state here is what the
 * form shows, and the URL is always written from it.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { carryAnswersToLanguageSwitch } from './language-switch.ts';
import { typedBeforeHydration } from './typed-before-hydration.ts';
import { clearUrlState, withUrlState, writeUrlState, type HistoryMode, type UrlValue } from './url-state.ts';

export interface WidgetStateSpec<State> {
  /** The widget's URL prefix: its keys are `<prefix>-<field>`. */
  readonly prefix: string;
  /** The state the server renders: the empty form. */
  readonly empty: () => State;
  /** The URL's answers (validated, hostile values dropped), or null when it holds none of this widget's keys. */
  readonly fromUrl: (search: string) => State | null;
  /**
   * Merges what the reader typed before hydration (control name → value) into
   * the state; null when none of it differs from what the server rendered
   * (`empty()`): a control rendered in the browser has no default value to
   * compare with, so the widget, which knows its empty form, has the last word.
   */
  readonly withTyped?: (state: State, typed: ReadonlyMap<string, string>) => State | null;
  /** The state as URL values; an empty value removes its key. */
  readonly toUrl: (state: State) => Readonly<Record<string, UrlValue>>;
}

export interface WidgetState<State> {
  readonly state: State;
  /** Set once the browser has taken over (URL and typed answers read): the form now responds. */
  readonly hydrated: boolean;
  /** Whether hydration found answers (URL or typed), so a widget can show their result at once. */
  readonly restored: boolean;
  /** Sets the state and writes it into the URL. */
  readonly update: (next: State, mode?: HistoryMode) => void;
  /** "Start again": the empty state, and the widget's keys gone from the URL. */
  readonly reset: (mode?: HistoryMode) => void;
  /** Put on the widget's <form>, so hydration can read what was typed into it. */
  readonly formRef: { current: HTMLFormElement | null };
}

export function useWidgetState<State>(spec: WidgetStateSpec<State>, initial?: State): WidgetState<State> {
  const specRef = useRef(spec);
  specRef.current = spec;
  const formRef = useRef<HTMLFormElement | null>(null);
  const [state, setState] = useState<State>(spec.empty);
  const [hydrated, setHydrated] = useState(false);
  const [restored, setRestored] = useState(false);

  // A layout effect: the typed values are read before Preact's next render could overwrite them.
  useLayoutEffect(() => {
    const s = specRef.current;
    const fromUrl = initial ?? s.fromUrl(location.search);
    const typed = formRef.current ? typedBeforeHydration(formRef.current) : new Map<string, string>();
    const base = fromUrl ?? s.empty();
    const withTyped = typed.size > 0 && s.withTyped ? s.withTyped(base, typed) : null;
    const next = withTyped ?? base;
    setState(next);
    setRestored(fromUrl !== null || withTyped !== null);
    setHydrated(true);
    if (initial !== undefined || withTyped !== null) writeUrlState(s.prefix, s.toUrl(next));
    else carryAnswersToLanguageSwitch(s.prefix, withUrlState(s.prefix, s.toUrl(next), ''));
  }, []);

  useEffect(() => {
    const onPop = () => {
      const s = specRef.current;
      const next = s.fromUrl(location.search) ?? s.empty();
      setState(next);
      carryAnswersToLanguageSwitch(s.prefix, withUrlState(s.prefix, s.toUrl(next), ''));
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const update = (next: State, mode: HistoryMode = 'replace') => {
    setState(next);
    writeUrlState(specRef.current.prefix, specRef.current.toUrl(next), mode);
  };

  const reset = (mode: HistoryMode = 'replace') => {
    setState(specRef.current.empty());
    clearUrlState(specRef.current.prefix, mode);
  };

  return { state, hydrated, restored, update, reset, formRef };
}
