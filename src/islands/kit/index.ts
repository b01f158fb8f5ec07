/**
 * The shared widget kit, each piece its own small file. Islands import the
 * files they use one by one, so a widget's script carries only its pieces;
 * this index is for the page side and the tests.
 *
 * - URL state: readUrlState / writeUrlState / clearUrlState / withUrlState,
 *   parsers per field (oneOf, orUndefined).
 * - Number input: parseCount, parseHours, parseMoney (→ Parsed<T> with a problem key).
 * - Fields: TextField, Fieldset, Radios (radioId), Select.
 * - Feedback: ErrorSummary (takes focus), LiveRegion (polite), VerdictPanel
 *   (+ FindingView, sourceLabel), StartAgain, PrintSummary.
 * - Types: WidgetProps, FieldProblem; fill() for `{name}` templates.
 */
import './kit.css';

export * from './url-state.ts';
export * from './parse.ts';
export { parseMoney } from './parse-money.ts';
export * from './types.ts';
export { fill } from './fill.ts';
export { sourceLabel, type SourceLabel } from './source-label.ts';
export { TextField, type TextFieldProps } from './TextField.tsx';
export { Fieldset, type FieldsetProps } from './Fieldset.tsx';
export { Radios, radioId, type RadioOption, type RadiosProps } from './Radios.tsx';
export { Select, type SelectOption, type SelectProps } from './Select.tsx';
export { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary.tsx';
export { LiveRegion, type LiveRegionProps } from './LiveRegion.tsx';
export { VerdictPanel, type FindingView, type VerdictPanelProps } from './VerdictPanel.tsx';
export { StartAgain } from './StartAgain.tsx';
export { PrintSummary, type PrintAnswer, type PrintSummaryProps } from './PrintSummary.tsx';
