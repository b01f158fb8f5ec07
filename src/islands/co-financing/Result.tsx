/**
 * The calculator's result: the verdict panel with the figures the check
 * computed (grant, own contribution, total, own share, the minimum, and any
 * shortfall in kronor and in working hours) and the share bar. Each figure is
 * also on a data attribute as a plain number, for tests and presets.
 */
import type { Locale } from '../../i18n/locales.ts';
import { formatNumber, formatOre, formatPercent } from '../../i18n/format.ts';
import type { CoFinancingStrings } from '../../i18n/widgets/co-financing.ts';
import type { CoFinancingResult } from '../../rules/co-financing/result.ts';
import type { CoFinancingRule } from '../../rules/co-financing/rules.ts';
import type { Finding } from '../../rules/verdict.ts';
import { fill } from '../kit/fill.ts';
import { VerdictPanel, type FindingView, type RulesApplied } from '../kit/VerdictPanel.tsx';
import { ShareBar } from './ShareBar.tsx';

export interface ResultProps {
  readonly locale: Locale;
  readonly t: CoFinancingStrings;
  readonly verdict: {
    readonly kind: 'eligible' | 'not-eligible' | 'needs-attention';
    readonly findings: readonly Finding<CoFinancingRule>[];
    readonly result: CoFinancingResult;
  };
  readonly heading: string;
  readonly findings: readonly FindingView[];
  /** The hourly cost the reader entered, to say what the extra hours are priced at. */
  readonly hourlyCostOre: number;
  /** The rules' version and day, for the "Why?" trace. */
  readonly applied: RulesApplied;
}

export function Result({ locale, t, verdict, heading, findings, hourlyCostOre, applied }: ResultProps) {
  const r = verdict.result;
  const share = r.ownShareBasisPoints;
  const money = (ore: number) => formatOre(ore, locale);
  return (
    <div
      class="cf-figures-wrap"
      data-verdict-kind={verdict.kind}
      data-grant-ore={r.grantOre}
      data-own-contribution-ore={r.ownContributionOre}
      data-total-ore={r.totalOre}
      data-own-share-basis-points={share ?? ''}
      data-meets-minimum={String(r.meetsMinimum)}
      data-shortfall-ore={r.shortfallOre}
      data-staff-hours-to-cover={r.staffHoursToCover ?? ''}
    >
      <VerdictPanel locale={locale} id="c-verdict" kind={verdict.kind} heading={heading} findings={findings} applied={applied}>
        <dl class="cf-figures">
          <div>
            <dt>{t.grant}</dt>
            <dd>{money(r.grantOre)}</dd>
          </div>
          <div>
            <dt>{t.ownContribution}</dt>
            <dd>{money(r.ownContributionOre)}</dd>
          </div>
          <div>
            <dt>{t.total}</dt>
            <dd>{money(r.totalOre)}</dd>
          </div>
          <div>
            <dt>{t.ownShare}</dt>
            <dd>
              {share === null ? '–' : formatPercent(share / 100, locale)}{' '}
              <span class="cf-figures__min">({fill(t.minShare, { minShare: formatPercent(r.minOwnSharePercent, locale, 0) })})</span>
            </dd>
          </div>
        </dl>
        {r.shortfallOre > 0 && (
          <p class="cf-shortfall">
            {fill(t.shortfall, { amount: money(r.shortfallOre) })}
            {r.staffHoursToCover !== null && (
              <>
                {' '}
                {fill(t.shortfallHours, {
                  hours: formatNumber(r.staffHoursToCover, locale, 2),
                  rate: money(hourlyCostOre),
                })}
              </>
            )}
          </p>
        )}
        {share !== null && <ShareBar locale={locale} t={t} ownShareBasisPoints={share} minOwnSharePercent={r.minOwnSharePercent} />}
      </VerdictPanel>
    </div>
  );
}
