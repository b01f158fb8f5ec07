/**
 * Keys for moving between examples in presenter view: Right arrow or Page Down
 * for the next example, Left arrow or Page Up for the previous one (a
 * presentation clicker sends Page Down / Page Up). Never while focus is in a
 * form field (the arrows move between radio buttons and through text there),
 * and never with a modifier, so the browser's own shortcuts keep working.
 */
export type PresenterAction = 'next' | 'previous';

const ACTIONS: Readonly<Record<string, PresenterAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
};

/** Elements whose keys belong to the element: fields, and widgets that use arrows themselves. */
const FIELD_SELECTOR =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="combobox"], [role="listbox"], [role="radiogroup"], [role="slider"], [role="spinbutton"], [role="tablist"], [role="menu"]';

export function isInFormField(target: EventTarget | null): boolean {
  const el = target as { closest?: (selector: string) => unknown } | null;
  return typeof el?.closest === 'function' && el.closest(FIELD_SELECTOR) !== null;
}

export interface KeyLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly defaultPrevented: boolean;
  readonly target: EventTarget | null;
}

export function actionForKey(event: KeyLike): PresenterAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (isInFormField(event.target)) return null;
  return ACTIONS[event.key] ?? null;
}
