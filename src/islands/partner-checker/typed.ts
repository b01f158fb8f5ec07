/**
 * What the reader typed or chose in the server-rendered form before the
 * script arrived (the kit's typedBeforeHydration: control name → value),
 * merged into the state the URL gave, and winning over it: it is newer.
 *
 * The server always renders the empty form (a static page has no URL), so a
 * typed row field is named by a row of emptyForm() (field-ids.ts) and lands
 * on the row at the same place in the list. Values are checked like URL
 * values: only a known exchange type or level is taken.
 */
import { oneOf } from '../kit/url-state.ts';
import { fieldIds } from './field-ids.ts';
import { EXCHANGE_TYPES, SCHOOL_LEVELS } from './options.ts';
import { addRow, emptyForm, updateRow, type FormState, type RowPatch, type Side } from './form-state.ts';

const isType = oneOf(EXCHANGE_TYPES);
const isVisits = oneOf(['yes', 'no'] as const);
const isLevel = oneOf(SCHOOL_LEVELS);
const levelPatch = (v: string): RowPatch | undefined => {
  const level = isLevel(v);
  return level ? { level } : undefined;
};

/** The row fields of the server's form, by side: their name (from the row's id) and what a value sets. */
const ROW_FIELDS: readonly { side: Side; name: (rowId: number) => string; patch: (v: string) => RowPatch | undefined }[] = [
  { side: 'swedish', name: fieldIds.swedishLevel, patch: levelPatch },
  { side: 'foreign', name: fieldIds.foreignCountry, patch: (countryText) => ({ countryText }) },
  { side: 'foreign', name: fieldIds.foreignLevel, patch: levelPatch },
];

/** The state with the typed answers in it, or null when nothing typed differs from the empty form. */
export function withTyped(form: FormState, typed: ReadonlyMap<string, string>): FormState | null {
  let next = form;
  let changed = false;
  const take = (patch: Partial<FormState>) => {
    next = { ...next, ...patch };
    changed = true;
  };

  const participants = typed.get(fieldIds.participants);
  if (participants?.trim()) take({ participants });
  const type = isType(typed.get(fieldIds.typeGroup) ?? '');
  if (type) take({ exchangeType: type });
  const visits = isVisits(typed.get(fieldIds.visitsGroup) ?? '');
  if (visits) take({ visits });

  const served = emptyForm();
  for (const field of ROW_FIELDS) {
    served[field.side].forEach((row, index) => {
      const value = typed.get(field.name(row.id))?.trim();
      const patch = value ? field.patch(value) : undefined;
      if (!patch) return;
      // The URL may have said "no school abroad": the typed row comes back.
      if (!next[field.side][index]) next = addRow(next, field.side, { swedish: Infinity, foreign: Infinity });
      next = updateRow(next, field.side, next[field.side][index]!.id, patch);
      changed = true;
    });
  }
  return changed ? next : null;
}
