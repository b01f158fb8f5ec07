/**
 * The arithmetic of the flat-rate example: a grant of participants × flat rate
 * (schablon), and the least own contribution (egenfinansiering) that makes the
 * applicant's share of the total cost reach the minimum percentage. In whole
 * kronor; the own contribution rounds up, because “at least” must hold.
 */
export interface WorkedExampleFigures {
  readonly participants: number;
  readonly flatRate: number;
  readonly grant: number;
  readonly minOwnContribution: number;
  readonly minTotalCost: number;
}

export function workedExample(participants: number, flatRate: number, minOwnPercent: number): WorkedExampleFigures {
  if (!Number.isInteger(participants) || participants < 1) throw new RangeError('participants must be a whole number ≥ 1');
  if (!(minOwnPercent >= 0 && minOwnPercent < 100)) throw new RangeError('minOwnPercent must be in [0, 100)');
  const grant = participants * flatRate;
  // own / (grant + own) ≥ p/100  ⇔  own ≥ grant · p / (100 − p)
  const minOwnContribution = Math.ceil((grant * minOwnPercent) / (100 - minOwnPercent));
  return { participants, flatRate, grant, minOwnContribution, minTotalCost: grant + minOwnContribution };
}
