/** The `aria-describedby` of a field: its hint and its error, by the ids the kit gives them. */
export const describedBy = (id: string, hasHint: boolean, hasError: boolean): string | undefined =>
  [hasHint ? `${id}-hint` : '', hasError ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
