/**
 * The engines the cross-engine suite runs in, and how to start each. All
 * three by default; `ATLAS_ENGINES=firefox,webkit` narrows a local run (CI
 * runs all three).
 */
import { launchChromium } from './chromium.ts';
import { launchFirefox } from './firefox.ts';
import type { Engine, EngineName } from './types.ts';
import { launchWebKit } from './webkit.ts';

export type { Driver, Engine, EngineName, Key, State, Target } from './types.ts';

const ALL: readonly EngineName[] = ['chromium', 'firefox', 'webkit'];

export const ENGINES: readonly EngineName[] = (() => {
  const asked = process.env.ATLAS_ENGINES?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!asked) return ALL;
  const unknown = asked.filter((name) => !ALL.includes(name as EngineName));
  if (unknown.length) throw new Error(`ATLAS_ENGINES: unknown engine ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  return asked as EngineName[];
})();

export function launchEngine(name: EngineName, baseURL: string): Promise<Engine> {
  switch (name) {
    case 'chromium':
      return launchChromium(baseURL);
    case 'firefox':
      return launchFirefox(baseURL);
    case 'webkit':
      return launchWebKit(baseURL);
  }
}
