/**
 * The widgets a page can hold, by the names pages declare them with
 * (frontmatter `widgets: [...]`, checked by the content schema) and the
 * islands mark themselves with (`data-widget`). A page that declares a
 * widget runs JavaScript and gets the page tools; a site test holds every
 * built page's islands to what it declares.
 */
export const WIDGET_NAMES = ['project-type-quiz', 'partner-checker', 'co-financing'] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];
