/**
 * A list of schools (in Sweden, or abroad) as GOV.UK's "add another"
 * pattern: each school a fieldset of its own named by its row ("Partnerskola
 * 2 utomlands"), a Remove button whose accessible name says which row it
 * removes, and an Add button below. A school abroad also has its country,
 * typed with the page's <datalist> of country names as suggestions. Focus
 * and announcements are the parent's job (it knows what changed).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import type { SchoolLevel } from '../../rules/school-levels.ts';
import { Fieldset } from '../kit/Fieldset.tsx';
import { Select } from '../kit/Select.tsx';
import { TextField } from '../kit/TextField.tsx';
import { fieldIds } from './field-ids.ts';
import type { ForeignRow, RowPatch, Side, SwedishRow } from './form-state.ts';
import { rowTitle } from './names.ts';

export interface SchoolRowsProps {
  readonly locale: Locale;
  readonly side: Side;
  readonly t: PartnerCheckerText;
  readonly levels: readonly SchoolLevel[];
  readonly rows: readonly (SwedishRow | ForeignRow)[];
  readonly errorFor: (fieldId: string) => string | undefined;
  readonly canAdd: boolean;
  readonly onAdd: () => void;
  readonly onRemove: (id: number, index: number) => void;
  readonly onChange: (id: number, patch: RowPatch) => void;
}

const SIDE = {
  swedish: { id: 'pc-se', legend: 'swedishLegend', hint: 'swedishHint', add: 'addSwedish', levelId: fieldIds.swedishLevel },
  foreign: { id: 'pc-abroad', legend: 'foreignLegend', hint: 'foreignHint', add: 'addForeign', levelId: fieldIds.foreignLevel },
} as const;

export function SchoolRows(props: SchoolRowsProps) {
  const { t, locale, side } = props;
  const s = SIDE[side];
  const levels = props.levels.map((value) => ({ value, label: t.levels[value] }));
  return (
    <Fieldset id={s.id} legend={t[s.legend]} hint={t[s.hint]}>
      {side === 'foreign' && props.rows.length === 0 && <p class="pc-none">{t.noForeignRows}</p>}
      {props.rows.map((row, index) => {
        const name = rowTitle(side, index, t);
        const countryId = fieldIds.foreignCountry(row.id);
        const levelId = s.levelId(row.id);
        return (
          <fieldset class="kit-fieldset pc-row" key={row.id} data-row={side}>
            <legend class="kit-legend pc-row__legend">{name}</legend>
            {'countryText' in row && (
              <TextField
                id={countryId}
                list={fieldIds.countryList(locale)}
                label={t.countryLabel}
                hint={t.countryHint}
                error={props.errorFor(countryId)}
                value={row.countryText}
                width="full"
                onInput={(countryText) => props.onChange(row.id, { countryText })}
              />
            )}
            <Select
              id={levelId}
              label={t.levelLabel}
              error={props.errorFor(levelId)}
              options={levels}
              value={row.level || undefined}
              placeholder={t.levelChoose}
              onChange={(level) => props.onChange(row.id, { level: level ?? '' })}
            />
            {/* The applicant's own row cannot be removed. */}
            {(side === 'foreign' || index > 0) && (
              <button
                type="button"
                class="kit-button kit-button--secondary pc-remove kit-no-print"
                id={fieldIds.remove(side, row.id)}
                onClick={() => props.onRemove(row.id, index)}
              >
                {t.remove}
                <span class="kit-visually-hidden"> {name}</span>
              </button>
            )}
          </fieldset>
        );
      })}
      {props.canAdd ? (
        <button type="button" class="kit-button kit-button--secondary pc-add kit-no-print" id={fieldIds.add[side]} onClick={props.onAdd}>
          {t[s.add]}
        </button>
      ) : (
        <p class="kit-hint pc-cap kit-no-print">{t.rowCap}</p>
      )}
    </Fieldset>
  );
}
