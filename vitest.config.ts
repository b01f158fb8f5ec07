/**
 * Unit and component tests: the rules module, i18n, islands (happy-dom, set per
 * file with `// @vitest-environment happy-dom`), Astro components through the
 * container API. Fast; no build needed.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/components/**/*.test.{ts,tsx}'],
  },
});
