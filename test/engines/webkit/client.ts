/**
 * WebKit's WebDriver client, re-exported from this folder so that `webdriverio`
 * resolves to this folder's own node_modules (installed by
 * scripts/ensure-browsers.mjs), away from the root's puppeteer-core.
 */
export { remote } from 'webdriverio';
