/**
 * The day whose rules a built page applies: the build date, worked out once
 * per build so that every widget and every figure beside it uses the same
 * one. Each widget page states it (docs/adr/0006); a reader can ask about
 * another day with `?asOf=` where a widget supports it.
 */
import type { IsoDate } from '../../rules/parameter.ts';

export const PAGE_DATE: IsoDate = new Date().toISOString().slice(0, 10);
