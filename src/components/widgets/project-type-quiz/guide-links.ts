/**
 * Which guidance page each outcome and each rule points the reader to, by the
 * page registry's keys (the wrapper turns keys into URLs for the page's
 * language). Pages only, no section anchors: heading ids follow the wording.
 */
import type { OutcomeId, ProjectTypeRule } from '../../../rules/index.ts';

export type GuideKey =
  | 'project-type'
  | 'project-structure'
  | 'economy'
  | 'before-applying'
  | 'application'
  | 'how-it-works'
  | 'if-something-happens';

/** The page that states the quiz's rules in text; the noscript note points there. */
export const RULE_TEXT_PAGE: GuideKey = 'project-type';

/** Where to read on, per outcome, most relevant first. */
export const GUIDES_BY_OUTCOME: Readonly<Record<OutcomeId, readonly GuideKey[]>> = {
  'new-project': ['project-type', 'project-structure', 'economy', 'before-applying'],
  'deepening-project': ['project-type', 'application', 'project-structure', 'economy'],
  'atlas-praktik': ['how-it-works', 'before-applying'],
  'atlas-planering': ['before-applying', 'project-type'],
  'erasmus-nordplus': ['before-applying', 'project-structure'],
  'apply-anew-new-country': ['if-something-happens', 'project-type'],
};

/** The page whose text states each rule. */
export const GUIDE_BY_RULE: Readonly<Record<ProjectTypeRule, GuideKey | null>> = {
  'project-type.new-project': 'project-type',
  'project-type.planning-trip-does-not-count': 'project-type',
  'project-type.other-partner-is-new-project': 'project-type',
  'project-type.several-projects-allowed': 'project-type',
  'project-type.deepening-project': 'project-type',
  'project-type.deepening-must-show': 'project-type',
  'project-type.state-earlier-grant': 'project-type',
  'project-type.assessed-in-competition': 'project-type',
  'project-type.route-atlas-praktik': 'how-it-works',
  'project-type.route-atlas-planering': 'before-applying',
  'project-type.route-erasmus-nordplus': 'before-applying',
  'project-type.cannot-move-partner': 'if-something-happens',
  'project-type.incomplete': null,
};

/** Each rule's guidance page as the page's links for the kit's findingViews; none to the page the quiz is on. */
export function guideHrefsByRule(guides: Readonly<Partial<Record<string, { readonly href: string }>>>, here: string): Record<string, string> {
  const hrefs: Record<string, string> = {};
  for (const [rule, key] of Object.entries(GUIDE_BY_RULE)) {
    const href = key ? guides[key]?.href : undefined;
    if (href && href !== here) hrefs[rule] = href;
  }
  return hrefs;
}
