/**
 * A staff cost needs both halves: hours without an hourly cost, or an hourly
 * cost without hours, is half an answer. The form sends an empty field as 0,
 * so 0 is read as "not given", and one half alone must not count as 0 kr.
 * One place for the rule: the evaluation reports it as
 * `co-financing.staff-cost-incomplete`, and the calculator's form asks for the
 * missing half with it before any check runs (free of zod and parameters).
 */
import type { StaffCostMissing } from './result.ts';

export function staffCostMissingOf(input: { readonly staffHours: number; readonly hourlyCostOre: number }): StaffCostMissing | null {
  if (input.staffHours > 0 && input.hourlyCostOre === 0) return 'hourly-cost';
  if (input.staffHours === 0 && input.hourlyCostOre > 0) return 'staff-hours';
  return null;
}
