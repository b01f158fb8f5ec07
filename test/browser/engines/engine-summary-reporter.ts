/**
 * A Vitest reporter that ends the browser run with one line per engine:
 * tests passed, failed and skipped in the cross-engine suite, and the
 * seconds its tests took there; then each skipped check with its reason, so
 * an engine's gap is printed, never silent. An engine is the first
 * describe block's name in test/browser/engines/ (describe.each(ENGINES)).
 */
import type { Reporter, TestModule } from 'vitest/node';

const ENGINES = ['chromium', 'firefox', 'webkit'];

export default class EngineSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>) {
    const rows = new Map<string, { passed: number; failed: number; skipped: number; notRun: number; ms: number }>();
    const skips: string[] = [];
    for (const module of modules) {
      if (!module.moduleId.includes('/test/browser/engines/')) continue;
      for (const test of module.children.allTests()) {
        const engine = test.fullName.split(' > ')[0]!;
        if (!ENGINES.includes(engine)) continue;
        const row = rows.get(engine) ?? { passed: 0, failed: 0, skipped: 0, notRun: 0, ms: 0 };
        const result = test.result();
        if (result.state === 'passed') row.passed++;
        else if (result.state === 'failed') row.failed++;
        else if (result.state === 'skipped' && result.note) {
          // Skipped from inside the test, with the reason: a gap of this engine.
          row.skipped++;
          skips.push(`  ${test.fullName}: ${result.note}`);
        } else row.notRun++; // filtered out (-t) or not reached

        row.ms += test.diagnostic()?.duration ?? 0;
        rows.set(engine, row);
      }
    }
    if (rows.size === 0) return;
    const lines = ['', 'Cross-engine suite (test/browser/engines), per engine:'];
    for (const engine of ENGINES) {
      const r = rows.get(engine);
      if (r) lines.push(`  ${engine.padEnd(9)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped${r.notRun ? `, ${r.notRun} not run` : ''}, ${(r.ms / 1000).toFixed(1)} s in tests`);
    }
    if (skips.length) lines.push('Skipped for an engine, with the reason:', ...skips);
    console.log(lines.join('\n'));
  }
}
