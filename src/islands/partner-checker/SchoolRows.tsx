/**
 * The two lists of schools as GOV.UK's "add another" pattern: each school a
 * fieldset of its own named by its row ("School abroad 2"), a Remove button
 * whose accessible name says which row it removes, and an Add button below.
 * Focus and announcements are the parent's job (it knows what changed).
 */
import type { Locale } from '../../i18n/locales.ts';
import type { PartnerCheckerText } from '../../i18n/widgets/partner-checker.ts';
import { Fieldset } from '../kit/Fieldset.tsx';
import { Select, type SelectOption } from '../kit/Select.tsx';
import { CountryField } from './CountryField.tsx';
import { fieldIds } from './field-ids.ts';
import type { ForeignRow, SwedishRow } from './form-state.ts';
import type { SchoolLevel } from './options.ts';

interface RowsProps {
  readonly locale: Locale;
  readonly t: PartnerCheckerText;
  readonly levels: readonly SelectOption<SchoolLevel>[];
  readonly errorFor: (fieldId: string) => string | undefined;
  readonly canAdd: boolean;
  readonly onAdd: () => void;
  readonly onRemove: (id: number, index: number) => void;
}

function RemoveButton(props: { id: string; label: string; rowName: string; onClick: () => void }) {
  return (
    <button type="button" class="kit-button kit-button--secondary pc-remove kit-no-print" id={props.id} onClick={props.onClick}>
      {props.label}
      <span class="kit-visually-hidden"> {props.rowName}</span>
    </button>
  );
}

function AddButton(props: { id: string; label: string; canAdd: boolean; capNote: string; onClick: () => void }) {
  return props.canAdd ? (
    <button type="button" class="kit-button kit-button--secondary pc-add kit-no-print" id={props.id} onClick={props.onClick}>
      {props.label}
    </button>
  ) : (
    <p class="kit-hint pc-cap kit-no-print">{props.capNote}</p>
  );
}

export function SwedishRows(
  props: RowsProps & {
    readonly rows: readonly SwedishRow[];
    readonly rowName: (index: number) => string;
    readonly onLevel: (id: number, level: SchoolLevel | '') => void;
  },
) {
  const { t, locale } = props;
  return (
    <Fieldset locale={locale} id="pc-se" legend={t.swedishLegend} hint={t.swedishHint}>
      {props.rows.map((row, index) => {
        const name = props.rowName(index);
        const levelId = fieldIds.swedishLevel(row.id);
        return (
          <fieldset class="kit-fieldset pc-row" key={row.id} data-row="swedish">
            <legend class="kit-legend pc-row__legend">{name}</legend>
            <Select
              locale={locale}
              id={levelId}
              label={t.levelLabel}
              error={props.errorFor(levelId)}
              options={props.levels}
              value={row.level || undefined}
              placeholder={t.levelChoose}
              onChange={(level) => props.onLevel(row.id, level ?? '')}
            />
            {index > 0 && (
              <RemoveButton
                id={fieldIds.swedishRemove(row.id)}
                label={t.remove}
                rowName={name}
                onClick={() => props.onRemove(row.id, index)}
              />
            )}
          </fieldset>
        );
      })}
      <AddButton
        id={fieldIds.addSwedish}
        label={t.addSwedish}
        canAdd={props.canAdd}
        capNote={t.rowCap}
        onClick={props.onAdd}
      />
    </Fieldset>
  );
}

export function ForeignRows(
  props: RowsProps & {
    readonly rows: readonly ForeignRow[];
    readonly rowName: (index: number) => string;
    readonly listId: string;
    readonly onCountry: (id: number, text: string) => void;
    readonly onLevel: (id: number, level: SchoolLevel | '') => void;
  },
) {
  const { t, locale } = props;
  return (
    <Fieldset locale={locale} id="pc-abroad" legend={t.foreignLegend} hint={t.foreignHint}>
      {props.rows.length === 0 && <p class="pc-none">{t.noForeignRows}</p>}
      {props.rows.map((row, index) => {
        const name = props.rowName(index);
        const countryId = fieldIds.foreignCountry(row.id);
        const levelId = fieldIds.foreignLevel(row.id);
        return (
          <fieldset class="kit-fieldset pc-row" key={row.id} data-row="foreign">
            <legend class="kit-legend pc-row__legend">{name}</legend>
            <CountryField
              locale={locale}
              id={countryId}
              listId={props.listId}
              label={t.countryLabel}
              hint={t.countryHint}
              error={props.errorFor(countryId)}
              value={row.countryText}
              onInput={(text) => props.onCountry(row.id, text)}
            />
            <Select
              locale={locale}
              id={levelId}
              label={t.levelLabel}
              error={props.errorFor(levelId)}
              options={props.levels}
              value={row.level || undefined}
              placeholder={t.levelChoose}
              onChange={(level) => props.onLevel(row.id, level ?? '')}
            />
            <RemoveButton
              id={fieldIds.foreignRemove(row.id)}
              label={t.remove}
              rowName={name}
              onClick={() => props.onRemove(row.id, index)}
            />
          </fieldset>
        );
      })}
      <AddButton
        id={fieldIds.addForeign}
        label={t.addForeign}
        canAdd={props.canAdd}
        capNote={t.rowCap}
        onClick={props.onAdd}
      />
    </Fieldset>
  );
}
