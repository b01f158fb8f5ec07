/**
 * DOM ids of the partner checker's fields, in one place: the error summary
 * links to them, focus moves to them, tests find them. Prefixed `pc-` so the
 * checker can share a page with the other widgets.
 */
export const fieldIds = {
  participants: 'pc-participants',
  type: (value: string) => `pc-type-${value}`,
  /**
   * The first radio: where an error about the group sends the reader. The
   * types are passed in (the island has them as props, the on-use part from
   * options.ts) so this file imports no parameters.
   */
  typeFirst: (types: readonly string[]) => `pc-type-${types[0] ?? ''}`,
  swedishLevel: (rowId: number) => `pc-se-${rowId}-level`,
  swedishRemove: (rowId: number) => `pc-se-${rowId}-remove`,
  addSwedish: 'pc-add-se',
  foreignCountry: (rowId: number) => `pc-abroad-${rowId}-country`,
  foreignLevel: (rowId: number) => `pc-abroad-${rowId}-level`,
  foreignRemove: (rowId: number) => `pc-abroad-${rowId}-remove`,
  addForeign: 'pc-add-abroad',
  visits: (value: 'yes' | 'no') => `pc-visits-${value}`,
  visitsFirst: 'pc-visits-yes',
  countryList: (locale: string) => `pc-countries-${locale}`,
} as const;
