/**
 * The rule's sentence and its "why" in the page's language, from
 * src/i18n/rules (imported from the module itself, not an index, to keep the
 * island's bundle to what it uses).
 */
export { ruleSentence, ruleWhy } from '../../i18n/rules/index.ts';
