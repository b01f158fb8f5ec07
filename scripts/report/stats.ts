/** Small number helpers for the report: median of runs, and figures as text. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes as kB (1000 B, as the budgets count), one decimal. */
export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Seconds with one decimal from milliseconds. */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
