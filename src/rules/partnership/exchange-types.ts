/**
 * The kinds of exchange (rent lärarutbyte, lärar- och elevutbyte) as a list:
 * every value the parameter has ever had. Its own file, free of zod, so a
 * widget's form can offer the same list the check's schema accepts.
 */
import { exchangeTypes } from '../params/participants.ts';

export type ExchangeType = (typeof exchangeTypes.values)[number]['value'][number];

export const EXCHANGE_TYPES: readonly [ExchangeType, ...ExchangeType[]] = [
  ...new Set<ExchangeType>(exchangeTypes.values.flatMap((v) => v.value)),
] as [ExchangeType, ...ExchangeType[]];
