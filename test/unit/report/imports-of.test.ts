/**
 * The budget test counts what a page loads by following import statements in
 * the built files; a missed import undercounts the weight.
 */
import { expect, test } from 'vitest';
import { importsOf } from '../../../scripts/report/page-weight.ts';

test('static imports at the start, after ; or }, and after a comment are found', () => {
  const code = 'import{a as b}from"./a.js";import"./b.js";function f(){}export{c}from"./c.js"/* empty css */import{d}from"./d.js";';
  expect(importsOf(code).static.sort()).toEqual(['./a.js', './b.js', './c.js', './d.js']);
});

test('dynamic imports are counted apart', () => {
  const code = 'import"./a.js";const m=()=>import("./lazy.js");';
  expect(importsOf(code)).toEqual({ static: ['./a.js'], dynamic: ['./lazy.js'] });
});

test('a string that merely contains the word import is not an import', () => {
  expect(importsOf('const s="we import goods";').static).toEqual([]);
});
