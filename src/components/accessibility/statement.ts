/**
 * Facts of the accessibility statement that both languages share: where a
 * reader reports a problem, the supervisory body, and the day the statement
 * was written. The address is the site's own placeholder domain, like the
 * site address in astro.config: whoever publishes the site replaces it with a
 * mailbox they read (the statement must name a way to reach the site's
 * owner; there is no form, so nothing a reader writes is sent anywhere else).
 */
export const REPORT_ADDRESS = 'tillganglighet@atlasguiden.example';

/** Myndigheten för digital förvaltning (Digg) supervises the law (DOS-lagen). */
export const DIGG_URL = 'https://www.digg.se/';

/** When the statement was written or last reviewed (ISO date). */
export const STATEMENT_DATE = '2026-12-03';
