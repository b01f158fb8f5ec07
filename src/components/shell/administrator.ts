/**
 * The only address of the programme's administrator this site links to
 * (FACTS.md names utbyten.se as the administrator's site; deeper paths are not
 * known to us, so none are invented).
 */
export const ADMINISTRATOR_URL = 'https://www.utbyten.se/';
