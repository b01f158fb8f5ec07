/**
 * Small schema pieces the three input schemas share. Where the zod issue code
 * alone would not say what is wrong, the piece sets one of our message keys as
 * the error (src/rules/validate.ts passes it through).
 */
import * as z from 'zod/mini';

/** A whole number from 0 to `max`. */
export const count = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/** Money as whole öre from 0 to `max`. */
export const ore = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/** A finite number with at most two decimals (as a person writes 12,25 hours). */
export const hundredths = (max: number) =>
  z.number().check(
    z.minimum(0),
    z.maximum(max),
    z.refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, { error: 'number.too-many-decimals' }),
  );
