/**
 * A check input (a fixture, a workshop preset) as the query string that opens
 * the calculator with it: `?c-rest=10&c-hours=400&…`. Rates go in only when
 * the input enters them, so the check sees the same input the fixture states.
 */
import type { CoFinancingInput } from '../../rules/co-financing/schema.ts';
import { withUrlState } from '../../islands/kit/url-state.ts';
import { FIELD_NAMES, PREFIX, type FieldName } from '../../islands/co-financing/fields.ts';
import { toUrlText } from '../../islands/co-financing/text-values.ts';

export function presetSearch(input: CoFinancingInput, search = ''): string {
  const values: Record<FieldName, number | undefined> = {
    europe: input.participants.europeOutsideEuEea,
    rest: input.participants.restOfWorld,
    'rate-europe': input.flatRatesOre?.europeOutsideEuEea,
    'rate-rest': input.flatRatesOre?.restOfWorld,
    hours: input.staffHours,
    hourly: input.hourlyCostOre,
    admin: input.adminCostsOre,
    other: input.otherOwnCostsOre,
  };
  const text = Object.fromEntries(
    FIELD_NAMES.map((name) => {
      const value = values[name];
      return [name, value === undefined ? undefined : toUrlText(name, value)];
    }),
  );
  return withUrlState(PREFIX, text, search);
}
