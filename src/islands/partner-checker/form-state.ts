/**
 * What the reader has entered in the partner checker, as they entered it
 * (text stays text until the form is read), and the pure operations on it.
 * Rows carry a stable `id` so that adding or removing one never moves another
 * row's answers or focus. Both lists of schools share the operations (`side`).
 */
// Types only: the parameters behind the choices stay out of the script (they come as props, FormChoices).
import type { ExchangeType } from '../../rules/partnership/schema.ts';
import type { SchoolLevel } from '../../rules/school-levels.ts';

export type Side = 'swedish' | 'foreign';

/** How many rows of each kind the form lets a reader add. */
export type RowCap = Readonly<Record<Side, number>>;

/**
 * What the form offers, worked out by the page from src/rules' parameters
 * (src/components/widgets/partner-checker/choices.ts) and handed over as
 * props, so the form and the check cannot disagree and the parameters, their
 * source quotes and the country list travel as HTML data, not as script.
 */
export interface FormChoices {
  /** Every level the input may name, allowed first. */
  readonly levels: readonly SchoolLevel[];
  readonly exchangeTypes: readonly ExchangeType[];
  readonly rowCap: RowCap;
  /** Every country code a school abroad may have. */
  readonly countries: readonly string[];
}

/** A Swedish school; row 0 is the applicant (sökande) and is always there. */
export interface SwedishRow {
  readonly id: number;
  readonly level: SchoolLevel | '';
}

/** A partner school abroad (partnerskola utomlands). */
export interface ForeignRow extends SwedishRow {
  /** What the reader typed in the country field; read into a code by countries.ts. */
  readonly countryText: string;
}

export interface FormState {
  readonly participants: string;
  readonly exchangeType: ExchangeType | '';
  readonly swedish: readonly [SwedishRow, ...SwedishRow[]];
  readonly foreign: readonly ForeignRow[];
  readonly visits: 'yes' | 'no' | '';
  /** The id the next added row gets; kept in state so server and client number rows alike. */
  readonly nextId: number;
}

export type RowPatch = Partial<Omit<ForeignRow, 'id'>>;

/** An empty form: the applicant's row and one row for a school abroad, as every project needs one. */
export function emptyForm(): FormState {
  return {
    participants: '',
    exchangeType: '',
    swedish: [{ id: 0, level: '' }],
    foreign: [{ id: 1, countryText: '', level: '' }],
    visits: '',
    nextId: 2,
  };
}

export const canAdd = (s: FormState, side: Side, cap: RowCap): boolean => s[side].length < cap[side];

/** The list of one side, replaced; the applicant's row stays first (a Swedish list is never empty). */
const withRows = (s: FormState, side: Side, rows: readonly ForeignRow[] | readonly SwedishRow[]): FormState =>
  ({ ...s, [side]: rows }) as FormState;

export function addRow(s: FormState, side: Side, cap: RowCap): FormState {
  if (!canAdd(s, side, cap)) return s;
  const row = side === 'swedish' ? { id: s.nextId, level: '' } : { id: s.nextId, countryText: '', level: '' };
  return { ...withRows(s, side, [...s[side], row] as ForeignRow[]), nextId: s.nextId + 1 };
}

/** Removes a row; the applicant's row (the first Swedish one) cannot be removed. */
export function removeRow(s: FormState, side: Side, id: number): FormState {
  if (side === 'swedish' && s.swedish[0].id === id) return s;
  return withRows(s, side, s[side].filter((r) => r.id !== id) as ForeignRow[]);
}

export function updateRow(s: FormState, side: Side, id: number, patch: RowPatch): FormState {
  return withRows(s, side, s[side].map((r) => (r.id === id ? { ...r, ...patch } : r)) as ForeignRow[]);
}
