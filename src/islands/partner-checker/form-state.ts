/**
 * What the reader has entered in the partner checker, as they entered it
 * (text stays text until the check reads it), and the pure operations on it.
 * Rows carry a stable `id` so that adding or removing one never moves another
 * row's answers or focus.
 */
import { ROW_CAP, type ExchangeType, type SchoolLevel } from './options.ts';

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

export const canAddSwedish = (s: FormState): boolean => s.swedish.length < ROW_CAP.swedish;
export const canAddForeign = (s: FormState): boolean => s.foreign.length < ROW_CAP.foreign;

export function addSwedish(s: FormState): FormState {
  if (!canAddSwedish(s)) return s;
  return { ...s, swedish: [...s.swedish, { id: s.nextId, level: '' }], nextId: s.nextId + 1 };
}

export function addForeign(s: FormState): FormState {
  if (!canAddForeign(s)) return s;
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
