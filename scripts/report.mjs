#!/usr/bin/env node
/**
 * `npm run report`: the measured-quality report (weights, requests,
 * Lighthouse, build time, search cost). The work is in scripts/report/*.ts,
 * which Node 24 runs directly (type stripping); `npm run` puts Node 24 first.
 */
const [major = 0] = process.versions.node.split('.').map(Number);
if (major < 24) {
  console.error(`report: needs Node 24 (this is ${process.version}); run it as \`npm run report\`.`);
  process.exit(1);
}
const { main } = await import('./report/main.ts');
try {
  await main();
} catch (error) {
  console.error(`report: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
