/**
 * The widget's day in the browser: the page's date on the server and during
 * hydration (so the first render matches the server's), then what the
 * address asks for (as-of.ts).
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { IsoDate } from '../../rules/parameter.ts';
import { asOfIn, type AsOf } from './as-of.ts';

export function useAsOf(pageDate: IsoDate): AsOf {
  const [value, setValue] = useState<AsOf>({ asOf: pageDate, asked: false, valid: true });
  useLayoutEffect(() => setValue(asOfIn(location.search, pageDate)), []);
  return value;
}
