/**
 * The rules' version as /rules.json publishes it, worked out once per build,
 * for the widgets' "Why?" trace (each widget's page hands it over in its
 * FindingLinks): the version a result names is the one a reader can fetch.
 */
import { PAGE_DATE } from '../widgets/page-date.ts';
import { rulesDocument } from './rules-document.ts';

/** The site address does not enter the version (rules-version.ts hashes the rules content only). */
export const RULES_VERSION: string = rulesDocument({ generated: PAGE_DATE, site: 'https://atlasguiden.example/' }).rulesVersion;
