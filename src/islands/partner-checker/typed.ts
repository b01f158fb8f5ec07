/**
 * What the reader typed or chose in the server-rendered form before the
 * script arrived (the kit's typedBeforeHydration: control name → value),
 * merged into the state the URL gave, and winning over it: it is newer.
 *
 * The server always renders the empty form (a static page has no URL), so a
 * typed row field is named by a row of emptyForm() (field-ids.ts) and lands
 * on the row at the same place in the list. Values are checked like URL
 * values: only a known exchange type or level (the page's FormChoices) is taken.
 */
import { oneOf } from '../kit/url-state.ts';
import { fieldIds } from './field-ids.ts';
import { addRow, emptyForm, updateRow, type FormChoices, type FormState, type RowPatch, type Side } from './form-state.ts';

const isVisits = oneOf(['yes', 'no'] as const);

/** The row fields of the server's form, by side: their name (from the row's id) and what a value sets. */
function rowFields(choices: FormChoices): readonly { side: Side; name: (rowId: number) => string; patch: (v: string) => RowPatch | undefined }[] {
  const isLevel = oneOf(choices.levels);
  const levelPatch = (v: string): RowPatch | undefined => {
    const level = isLevel(v);
    return level ? { level } : undefined;
  };
  return [
    { side: 'swedish', name: fieldIds.swedishLevel, patch: levelPatch },
    { side: 'foreign', name: fieldIds.foreignCountry, patch: (countryText) => ({ countryText }) },
    { side: 'foreign', name: fieldIds.foreignLevel, patch: levelPatch },
  ];
}

/** The state with the typed answers in it, or null when nothing typed differs from the empty form. */
export function withTyped(form: FormState, typed: ReadonlyMap<string, string>, choices: FormChoices): FormState | null {
  let next = form;
  let changed = false;
  const take = (patch: Partial<FormState>) => {
    next = { ...next, ...patch };
    changed = true;
  };

  const participants = typed.get(fieldIds.participants);
  if (participants?.trim()) take({ participants });
  const type = oneOf(choices.exchangeTypes)(typed.get(fieldIds.typeGroup) ?? '');
  if (type) take({ exchangeType: type });
  const visits = isVisits(typed.get(fieldIds.visitsGroup) ?? '');
  if (visits) take({ visits });

  const served = emptyForm();
  for (const field of rowFields(choices)) {
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
