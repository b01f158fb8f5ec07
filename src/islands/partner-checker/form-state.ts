/**
 * What the reader has entered in the partner checker, as they entered it
 * (text stays text until the check reads it), and the pure operations on it.
 * Rows carry a stable `id` so that adding or removing one never moves another
 * row's answers or focus.
 */
// Types only: the parameters behind the choices stay out of the up-front script (the caps come as props).
import type { ExchangeType, SchoolLevel } from './options.ts';

/**
 * How many rows of each kind the form lets a reader add (ROW_CAP in
 * options.ts, handed to the island by its page).
 */
export interface RowCap {
  readonly swedish: number;
  readonly foreign: number;
}

/** A Swedish school; row 0 is the applicant (sökande) and is always there. */
export interface SwedishRow {
  readonly id: number;
  readonly level: SchoolLevel | '';
}

/** A partner school abroad (partnerskola utomlands). */
export interface ForeignRow {
  readonly id: number;
  /** What the reader typed in the country picker; read into a code by countries.ts. */
  readonly countryText: string;
  readonly level: SchoolLevel | '';
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

export const canAddSwedish = (s: FormState, cap: RowCap): boolean => s.swedish.length < cap.swedish;
export const canAddForeign = (s: FormState, cap: RowCap): boolean => s.foreign.length < cap.foreign;

export function addSwedish(s: FormState, cap: RowCap): FormState {
  if (!canAddSwedish(s, cap)) return s;
  return { ...s, swedish: [...s.swedish, { id: s.nextId, level: '' }], nextId: s.nextId + 1 };
}

export function addForeign(s: FormState, cap: RowCap): FormState {
  if (!canAddForeign(s, cap)) return s;
  return { ...s, foreign: [...s.foreign, { id: s.nextId, countryText: '', level: '' }], nextId: s.nextId + 1 };
}

/** Removes a Swedish row; the applicant's row (the first) cannot be removed. */
export function removeSwedish(s: FormState, id: number): FormState {
  const [applicant, ...others] = s.swedish;
  if (applicant.id === id) return s;
  return { ...s, swedish: [applicant, ...others.filter((r) => r.id !== id)] };
}

export function removeForeign(s: FormState, id: number): FormState {
  return { ...s, foreign: s.foreign.filter((r) => r.id !== id) };
}

export function updateSwedish(s: FormState, id: number, level: SchoolLevel | ''): FormState {
  const [applicant, ...others] = s.swedish.map((r) => (r.id === id ? { ...r, level } : r)) as [
    SwedishRow,
    ...SwedishRow[],
  ];
  return { ...s, swedish: [applicant, ...others] };
}

export function updateForeign(s: FormState, id: number, patch: Partial<Omit<ForeignRow, 'id'>>): FormState {
  return { ...s, foreign: s.foreign.map((r) => (r.id === id ? { ...r, ...patch } : r)) };
}
