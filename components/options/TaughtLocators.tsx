import { useContext, useState } from 'preact/hooks';
import { formatAge } from '../../lib/i18n';
import { fieldName, statusName } from '../../lib/i18n/teach';
import type { RealNameStatus } from '../../lib/model/observation';
import type { Settings, TaughtLocatorEntry } from '../../lib/model/settings';
import { formatFen } from '../../lib/money';
import { type LocatorStatus, type LocatorStatuses, placeKey } from '../../lib/taught-locators';
import { LanguageContext, useTranslate } from '../i18n';

/** The anchor of the section: options.html#taught-locators. */
export const TAUGHT_LOCATORS_ANCHOR = 'taught-locators';

type Entries = Settings['taughtLocators'];

interface TaughtLocatorsProps {
  /** `taughtLocators` as saved (the page passes them again after a save, reset or import). */
  entries: Entries;
  /** What each place last read on a page (platform/storage.ts `loadTaughtStatus`), by `scope/field`. */
  statuses: LocatorStatuses;
  /** Writes `taughtLocators`: `edit` gets them as stored at save time; resolves to what was written. */
  save: (edit: (stored: Entries) => Entries) => Promise<Entries>;
  now?: () => number;
}

/**
 * The places the person pointed at, one row per page and field: what it read last and when, whether it still
 * matches the page, and Remove. The selector overrides below them are the advanced view of the same idea.
 */
export function TaughtLocators(props: TaughtLocatorsProps) {
  const t = useTranslate();
  const language = useContext(LanguageContext);
  const { entries } = props;
  const [failed, setFailed] = useState<string | undefined>();
  const now = (props.now ?? Date.now)();

  const shown = (entry: TaughtLocatorEntry, status: LocatorStatus | undefined): string => {
    const value = status?.value;
    if (entry.field === 'cash' && typeof value === 'number') return formatFen(value, language);
    if (entry.field === 'realName' && typeof value === 'string') {
      return statusName(language, value as RealNameStatus);
    }
    return typeof value === 'string' ? value : entry.sample;
  };

  const forget = async (entry: TaughtLocatorEntry) => {
    setFailed(undefined);
    try {
      const key = placeKey(entry);
      await props.save((stored) => stored.filter((old) => placeKey(old) !== key));
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section class="section" id={TAUGHT_LOCATORS_ANCHOR} aria-labelledby="taught-locators-title">
      <h2 id="taught-locators-title">{t('options.taught.title')}</h2>
      <p class="field__hint">{t('options.taught.hint')}</p>
      {entries.length === 0 ? (
        <p data-testid="taught-locators-empty">{t('options.taught.none')}</p>
      ) : (
        <ul class="taught" data-testid="taught-locators">
          {entries.map((entry) => {
            const key = placeKey(entry);
            const kept = Object.hasOwn(props.statuses, key) ? props.statuses[key] : undefined;
            // Another pick's status (one removed, replaced or imported over) says nothing of this one.
            const status = kept?.taughtAt === entry.taughtAt ? kept : undefined;
            const lost = status?.missedAt !== undefined && status.missedAt >= (status.matchedAt ?? 0);
            const when = status?.matchedAt ?? entry.taughtAt;
            return (
              <li key={key} data-scope={entry.scope} data-field={entry.field} data-lost={lost}>
                <strong>{fieldName(language, entry.field)}</strong>{' '}
                {entry.scope === 'console' ? t('options.taught.everyPage') : t(`page.${entry.scope}`)}
                {' · '}
                {t('options.taught.read', {
                  value: shown(entry, status) || '—',
                  age: formatAge(language, Math.max(0, now - when)),
                })}
                {lost && <span class="field__error"> {t('options.taught.lost')}</span>}{' '}
                <button
                  type="button"
                  class="button"
                  data-action="forget-locator"
                  onClick={() => void forget(entry)}
                >
                  {t('options.taught.remove')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {failed && (
        <p class="field__error" role="alert">
          {t('options.saveFailed', { reason: failed })}
        </p>
      )}
    </section>
  );
}
