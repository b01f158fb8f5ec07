/** Every built page is valid HTML by html-validate (config: test/support/htmlvalidate.json). */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, test } from 'vitest';
import { builtPages } from '../support/built-site.ts';

const config = JSON.parse(readFileSync('test/support/htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

test.each(builtPages().map((p) => [p.url, p] as const))('%s validates', async (_url, page) => {
  const report = await validator.validateString(page.html, page.file);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
  expect(messages).toEqual([]);
});
