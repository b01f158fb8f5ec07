/**
 * The levels a school in the partner checker can have: the allowed ones from
 * the parameters (formell utbildning motsvarande högst gymnasial nivå), and the
 * two a reader may meet that are not allowed, so the check can say why.
 * Names per language are in src/i18n/terms.
 */
import { allowedSchoolLevels } from './params/schools.ts';

export type AllowedSchoolLevel = (typeof allowedSchoolLevels.values)[number]['value'][number];

/** Above upper-secondary (högskola, universitet). */
export const HIGHER_EDUCATION = 'higher-education';
/** An organisation that gives no formal education (e.g. an association, a company). */
export const NO_FORMAL_EDUCATION = 'no-formal-education';

/**
 * Every level the input may name, allowed first. Built from every dated value
 * of the parameter, so a level that once was allowed still parses.
 */
export type SchoolLevel = AllowedSchoolLevel | typeof HIGHER_EDUCATION | typeof NO_FORMAL_EDUCATION;

export const SCHOOL_LEVELS = [
  ...new Set<SchoolLevel>(allowedSchoolLevels.values.flatMap((v) => v.value)),
  HIGHER_EDUCATION,
  NO_FORMAL_EDUCATION,
] as readonly SchoolLevel[] as readonly [SchoolLevel, ...SchoolLevel[]];
