// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import {
  MAX_URL_VALUE_LENGTH,
  clearUrlState,
  oneOf,
  readUrlState,
  withUrlState,
  writeUrlState,
} from '../../../src/islands/kit/url-state.ts';
import { orUndefined, parseCount } from '../../../src/islands/kit/parse.ts';

interface State {
  rest: number;
  europe: number;
  kind: 'a' | 'b';
}
const parsers = { rest: orUndefined(parseCount), europe: orUndefined(parseCount), kind: oneOf(['a', 'b'] as const) };

afterEach(() => history.replaceState(null, '', '/'));

describe('readUrlState', () => {
  test('reads only its own prefix', () => {
    expect(readUrlState<State>('c', parsers, '?c-rest=10&p-rest=3&rest=4&c-kind=b')).toEqual({ rest: 10, kind: 'b' });
  });

  test.each([
    ['<script>alert(1)</script>'],
    ['"><img src=x onerror=alert(1)>'],
    ['1e308'],
    ['-5'],
    ['NaN'],
    ['x'.repeat(10_000)],
    ['1'.repeat(MAX_URL_VALUE_LENGTH + 1)],
  ])('drops a hostile field (%j) and keeps the others', (hostile) => {
    const search = `?c-rest=${encodeURIComponent(hostile)}&c-europe=4&c-kind=${encodeURIComponent(hostile)}`;
    const state = readUrlState<State>('c', parsers, search);
    expect(state).toEqual({ europe: 4 });
    expect(JSON.stringify(state)).not.toContain('<');
  });

  test('a parser that throws drops its field only', () => {
    const state = readUrlState<{ a: number; b: number }>(
      'c',
      {
        a: () => {
          throw new Error('boom');
        },
        b: orUndefined(parseCount),
      },
      '?c-a=1&c-b=2',
    );
    expect(state).toEqual({ b: 2 });
  });

  test('reads location.search by default', () => {
    history.replaceState(null, '', '/sv/x/?c-rest=7');
    expect(readUrlState<State>('c', parsers)).toEqual({ rest: 7 });
  });
});

describe('writing and clearing', () => {
  test('withUrlState sets and removes its own keys and keeps the rest', () => {
    expect(withUrlState('c', { rest: 10, europe: '', kind: undefined }, '?q-a=yes&c-europe=3')).toBe('?q-a=yes&c-rest=10');
    expect(withUrlState('c', { flag: true, off: false }, '')).toBe('?c-flag=1');
  });

  test('writeUrlState replaces the history entry and keeps path, hash and other widgets', () => {
    history.replaceState(null, '', '/sv/ekonomi/?p-n=4#kalkyl');
    const before = history.length;
    writeUrlState('c', { rest: 12 });
    expect(location.pathname).toBe('/sv/ekonomi/');
    expect(location.search).toBe('?p-n=4&c-rest=12');
    expect(location.hash).toBe('#kalkyl');
    expect(history.length).toBe(before);
  });

  test('clearUrlState removes only its own keys', () => {
    history.replaceState(null, '', '/sv/?c-rest=1&c-europe=2&p-n=4&cat=1');
    clearUrlState('c');
    expect(location.search).toBe('?p-n=4&cat=1');
  });
});
