/**
 * DOM ids of the partner checker's fields, in one place: the error summary
 * links to them, focus moves to them, tests find them. Prefixed `pc-` so the
 * checker can share a page with the other widgets.
 *
 * Every control's `name` is its id (the kit's TextField and Select name a
 * control by its id, Radios by the group), so what a reader typed before the
 * script arrived (typedBeforeHydration) comes back by these names:
 * `pc-participants`, `pc-type`, `pc-visits`, and the rows of the server's
 * empty form, `pc-se-0-level`, `pc-abroad-1-country`, `pc-abroad-1-level`
 * (typed.ts maps them onto the state).
 */
export const fieldIds = {
  participants: 'pc-participants',
  /** The radio groups' names; each radio is `<group>-<value>` (the kit's radioId). */
  typeGroup: 'pc-type',
  visitsGroup: 'pc-visits',
  swedishLevel: (rowId: number) => `pc-se-${rowId}-level`,
  foreignCountry: (rowId: number) => `pc-abroad-${rowId}-country`,
  foreignLevel: (rowId: number) => `pc-abroad-${rowId}-level`,
  remove: (side: 'swedish' | 'foreign', rowId: number) => `pc-${side === 'swedish' ? 'se' : 'abroad'}-${rowId}-remove`,
  add: { swedish: 'pc-add-se', foreign: 'pc-add-abroad' },
  countryList: (locale: string) => `pc-countries-${locale}`,
} as const;

/** The first radio of a group: where an error about the group sends the reader. */
export const firstRadio = (group: string, values: readonly string[]): string => `${group}-${values[0] ?? ''}`;
