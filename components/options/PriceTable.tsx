import { useRef, useState } from 'preact/hooks';
import type { Message } from '../../lib/model/checklist';
import {
  type FormErrors,
  isStandardPriceRegion,
  newRegionError,
  PRICE_COLUMNS,
  type PriceColumn,
  type SettingsDraft,
} from '../../lib/settings-form';
import { useTranslate } from '../i18n';
import { TextField } from './FormField';

interface PriceTableProps {
  draft: SettingsDraft;
  errors: FormErrors;
  onPrice: (region: string, column: PriceColumn, value: string) => void;
  onAddRegion: (region: string) => void;
  onRemoveRegion: (region: string) => void;
}

function AddRegion({ regions, onAdd }: { regions: string[]; onAdd: (region: string) => void }) {
  const t = useTranslate();
  const [code, setCode] = useState('');
  // Judged when the person asks to add, not while they are still typing.
  const [error, setError] = useState<Message | undefined>();
  const add = () => {
    const problem = newRegionError(code, regions);
    setError(problem);
    if (problem) return;
    onAdd(code.trim());
    setCode('');
  };
  return (
    <div class="add-region">
      <TextField
        name="newRegion"
        label={t('options.prices.newRegion')}
        hint={t('options.prices.newRegion.hint')}
        value={code}
        error={error}
        onEnter={add}
        onValue={(value) => {
          setCode(value);
          setError(undefined);
        }}
      />
      <button type="button" class="button" data-action="add-region" onClick={add}>
        {t('options.prices.add')}
      </button>
    </div>
  );
}

/** List prices per region, typed in CNY; the standard regions always have a row. */
export function PriceTable({ draft, errors, onPrice, onAddRegion, onRemoveRegion }: PriceTableProps) {
  const t = useTranslate();
  const tableRef = useRef<HTMLTableElement>(null);
  const regions = draft.prices.map((row) => row.region);
  const regionLabel = (region: string) => (region === 'default' ? t('options.prices.defaultRegion') : region);
  const remove = (region: string) => {
    onRemoveRegion(region);
    // The focused button is gone with its row: keep keyboard focus in the table.
    tableRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  };
  return (
    <fieldset class="section">
      <legend>{t('options.section.prices')}</legend>
      <p class="field__hint">{t('options.prices.hint')}</p>
      <div class="table-scroll">
        <table class="prices" ref={tableRef}>
          <thead>
            <tr>
              <th scope="col">{t('options.prices.region')}</th>
              {PRICE_COLUMNS.map(({ column }) => (
                <th key={column} scope="col">
                  {t(`options.prices.${column}`)}
                </th>
              ))}
              <th scope="col">
                <span class="visually-hidden">{t('options.prices.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.prices.map((row) => (
              <tr key={row.region} data-region={row.region}>
                <th scope="row" class="prices__region">
                  {regionLabel(row.region)}
                </th>
                {PRICE_COLUMNS.map(({ column }) => {
                  const name = `prices.${row.region}.${column}`;
                  return (
                    <td key={column}>
                      <TextField
                        name={name}
                        label={t('options.prices.cellLabel', {
                          column: t(`options.prices.${column}`),
                          region: regionLabel(row.region),
                        })}
                        labelHidden
                        inputMode="decimal"
                        value={row[column]}
                        error={errors[name]}
                        onValue={(value) => onPrice(row.region, column, value)}
                      />
                    </td>
                  );
                })}
                <td>
                  {!isStandardPriceRegion(row.region) && (
                    <button
                      type="button"
                      class="button"
                      data-action="remove-region"
                      data-region={row.region}
                      aria-label={t('options.prices.removeLabel', { region: row.region })}
                      onClick={() => remove(row.region)}
                    >
                      {t('options.prices.remove')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddRegion regions={regions} onAdd={onAddRegion} />
    </fieldset>
  );
}
