import { useContext, useMemo, useState } from 'preact/hooks';
import { formatAge, type Language } from '../../lib/i18n';
import type { Message } from '../../lib/model/checklist';
import type { Settings } from '../../lib/model/settings';
import { fenToCnyText, THRESHOLD_DECIMALS } from '../../lib/settings-form';
import { LanguageContext, useTranslate } from '../i18n';
import {
  type AccountOverview,
  accountOverviews,
  canHaveOwnThreshold,
  ownValue,
  parseAccountThreshold,
  withEdits,
} from './account-overview';
import { ForgetAccountControl } from './ForgetAccountControl';
import { describedBy, FieldError, fieldId } from './FormField';

type Thresholds = Settings['thresholdByAccount'];

/** The stored accounts as the page got them: still loading, unreadable, or as they are (checked before shown). */
export type AccountsLoad =
  | { status: 'loading' }
  | { status: 'failed'; reason: string }
  | { status: 'loaded'; stored: unknown };

/** The anchor of the section, for links to options.html#accounts. */
export const ACCOUNTS_ANCHOR = 'accounts';

export type SectionStatus = { kind: 'saved' } | { kind: 'failed'; reason: string };

export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface AccountsSettingsProps {
  accounts: AccountsLoad;
  /** `thresholdByAccount` as saved when the section mounts. */
  thresholds: Thresholds;
  /** The general threshold, which applies to every account without one of its own. */
  generalThresholdFen: number;
  /**
   * Writes `thresholdByAccount`: `edit` gets it as stored at save time and returns it changed; resolves to
   * what was written.
   */
  save: (edit: (stored: Thresholds) => Thresholds) => Promise<Thresholds>;
  /**
   * Forgets one account (the background's `forget-account`) and reloads the accounts; resolves to whether
   * an account went by that name. Without it, no row offers to forget.
   */
  forget?: (name: string) => Promise<boolean>;
  now?: () => number;
}

const inputName = (account: string) => `thresholdByAccount.${account}`;

function thresholdText(fen: number | undefined): string {
  return fen === undefined ? '' : fenToCnyText(fen, THRESHOLD_DECIMALS);
}

type Translate = ReturnType<typeof useTranslate>;

/** "Real-name: personal, verified · Available cash ¥120.00, 3 h ago". */
function factsOf(row: AccountOverview, t: Translate, language: Language, now: number): string {
  const age = (at: number) => formatAge(language, Math.max(0, now - at));
  const facts = [
    row.realName
      ? t('accounts.realName', { status: t(`accounts.realName.${row.realName.value}`) })
      : t('accounts.realName.unknown'),
    row.cash
      ? t(row.cash.weaker ? 'accounts.accountBalance' : 'accounts.cash', {
          cashFen: row.cash.value,
          age: age(row.cash.at),
        })
      : t('accounts.cash.unknown'),
  ];
  if (row.arrears)
    facts.push(t('accounts.arrears', { arrearsFen: row.arrears.value, age: age(row.arrears.at) }));
  return facts.join(' · ');
}

/** "Known: available cash (3 h ago), real-name status (2 days ago)". */
function knownText(row: AccountOverview, t: Translate, language: Language, now: number): string {
  const items = (row.known ?? []).map(({ field, at }) =>
    t('data.known.item', {
      fieldTerm: `data.field.${field}`,
      age: formatAge(language, Math.max(0, now - at)),
    }),
  );
  return t('data.known', { fields: items.join(language === 'zh-CN' ? '、' : ', ') });
}

type ForgetStatus = { kind: 'forgotten'; account: string } | { kind: 'failed'; reason: string };

function seenText(row: AccountOverview, t: Translate, language: Language, now: number): string {
  if (!row.seen) return t('accounts.notSeen');
  if (row.lastSeenAt === undefined) return t('accounts.nothingKnown');
  return t('accounts.lastSeen', { age: formatAge(language, Math.max(0, now - row.lastSeenAt)) });
}

/**
 * The options page's Accounts section: the accounts this browser has seen, what is known of each, and a
 * consumption threshold of its own for any of them. It owns `thresholdByAccount` and writes only the entries
 * the person changed, into the settings as stored at save time.
 */
export function AccountsSettings(props: AccountsSettingsProps) {
  const t = useTranslate();
  const language = useContext(LanguageContext);
  const [saved, setSaved] = useState(props.thresholds);
  // The rows stay those the section opened with: clearing a threshold does not pull a row from under the cursor.
  const [listedThresholds] = useState(props.thresholds);
  /** What was typed, per account, since the last save; an account not in it shows its saved value. */
  const [typed, setTyped] = useState<ReadonlyMap<string, string>>(() => new Map());
  const [status, setStatus] = useState<SectionStatus | undefined>();
  const [busy, setBusy] = useState(false);
  const [forgetStatus, setForgetStatus] = useState<ForgetStatus | undefined>();
  const now = (props.now ?? Date.now)();

  async function forget(name: string) {
    const ask = props.forget;
    if (!ask) return;
    setBusy(true);
    setForgetStatus(undefined);
    try {
      await ask(name);
      setForgetStatus({ kind: 'forgotten', account: name });
    } catch (error) {
      setForgetStatus({ kind: 'failed', reason: reasonOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const rows = useMemo(
    () =>
      props.accounts.status === 'loading'
        ? []
        : accountOverviews(
            props.accounts.status === 'loaded' ? props.accounts.stored : undefined,
            listedThresholds,
            now,
          ),
    [props.accounts, listedThresholds],
  );

  const parsed = new Map([...typed].map(([name, text]) => [name, parseAccountThreshold(text)] as const));
  const errors = new Map<string, Message>();
  for (const [name, result] of parsed) if (!result.ok) errors.set(name, result.error);

  const shownText = (name: string) => typed.get(name) ?? thresholdText(ownValue(saved, name));

  const edit = (name: string, text: string) => {
    setTyped((current) => new Map(current).set(name, text));
    setStatus(undefined);
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (busy || errors.size > 0) return;
    const edits = new Map<string, number | undefined>();
    for (const [name, result] of parsed) {
      if (result.ok && canHaveOwnThreshold(name) && result.fen !== ownValue(saved, name)) {
        edits.set(name, result.fen);
      }
    }
    const sent = typed;
    setBusy(true);
    setStatus(undefined);
    try {
      const next = await props.save((stored) => withEdits(stored, edits));
      setSaved(next);
      // What was typed while saving stays; what was saved shows as stored (`80` becomes `80.00`).
      setTyped((current) => new Map([...current].filter(([name, text]) => sent.get(name) !== text)));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', reason: reasonOf(error) });
    } finally {
      setBusy(false);
    }
  }

  const general = fenToCnyText(props.generalThresholdFen, THRESHOLD_DECIMALS);

  return (
    <section
      id={ACCOUNTS_ANCHOR}
      class="section accounts"
      aria-labelledby="accounts-title"
      data-testid="accounts-section"
    >
      <h2 id="accounts-title" class="section__title">
        {t('accounts.title')}
      </h2>
      <p class="field__hint">{t('accounts.intro')}</p>
      {props.accounts.status === 'loading' && <p data-testid="accounts-loading">{t('accounts.loading')}</p>}
      {props.accounts.status === 'failed' && (
        <p class="notice notice--error" role="alert" data-testid="accounts-load-error">
          {t('accounts.loadFailed', { reason: props.accounts.reason })}
        </p>
      )}
      {props.accounts.status !== 'loading' && rows.length === 0 && (
        <p class="accounts__empty" data-testid="accounts-empty">
          {t('accounts.empty')}
        </p>
      )}
      <p
        role="status"
        class={`options__status${forgetStatus?.kind === 'failed' ? ' options__status--failed' : ''}`}
        data-testid="forget-status"
        data-status={forgetStatus?.kind}
      >
        {forgetStatus === undefined
          ? ''
          : forgetStatus.kind === 'forgotten'
            ? t('data.forget.done', { account: forgetStatus.account })
            : t('data.failed', { reason: forgetStatus.reason })}
      </p>
      {rows.length > 0 && (
        <form class="accounts__form" noValidate onSubmit={submit}>
          <ul class="accounts__list">
            {rows.map((row) => {
              const name = inputName(row.name);
              const id = fieldId(name);
              const error = errors.get(row.name);
              return (
                <li key={row.name} class="account" data-testid="account-row" data-account={row.name}>
                  <fieldset class="account__group">
                    <legend class="account__name">
                      {row.name}
                      {row.current && (
                        <>
                          {' '}
                          <span class="account__current">{t('accounts.current')}</span>
                        </>
                      )}
                    </legend>
                    {row.otherNames.length > 0 && (
                      <p class="field__hint">
                        {t('accounts.otherNames', { names: row.otherNames.join(', ') })}
                      </p>
                    )}
                    <p class="account__seen" data-testid="account-seen">
                      {seenText(row, t, language, now)}
                    </p>
                    {row.seen && row.lastSeenAt !== undefined && (
                      <p class="account__facts" data-testid="account-facts">
                        {factsOf(row, t, language, now)}
                      </p>
                    )}
                    {row.known && (
                      <p class="account__known field__hint" data-testid="account-known">
                        {knownText(row, t, language, now)}
                      </p>
                    )}
                    {row.seen && props.forget && (
                      <ForgetAccountControl
                        account={row.name}
                        busy={busy}
                        onConfirm={() => void forget(row.name)}
                      />
                    )}
                    {canHaveOwnThreshold(row.name) ? (
                      <div class="field">
                        <label for={id} class="field__label">
                          {t('accounts.threshold.label')}
                        </label>
                        <input
                          id={id}
                          name={name}
                          type="text"
                          class="field__input"
                          inputMode="decimal"
                          autocomplete="off"
                          spellcheck={false}
                          placeholder={general}
                          value={shownText(row.name)}
                          aria-invalid={error ? 'true' : undefined}
                          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
                          onInput={(event) => edit(row.name, event.currentTarget.value)}
                        />
                        <p id={`${id}-hint`} class="field__hint">
                          {t('accounts.threshold.hint', { thresholdFen: props.generalThresholdFen })}
                        </p>
                        <FieldError name={name} error={error} />
                      </div>
                    ) : (
                      <p class="field__hint">{t('accounts.threshold.unsupported')}</p>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ul>
          <div class="options__buttons">
            <button
              type="submit"
              class="button button--primary"
              data-action="accounts-save"
              disabled={busy || errors.size > 0}
            >
              {t('accounts.save')}
            </button>
          </div>
          <p
            role="status"
            class={`options__status${status?.kind === 'failed' ? ' options__status--failed' : ''}`}
            data-testid="accounts-status"
            data-status={status?.kind}
          >
            {status === undefined
              ? ''
              : status.kind === 'saved'
                ? t('accounts.saved')
                : t('accounts.saveFailed', { reason: status.reason })}
          </p>
        </form>
      )}
    </section>
  );
}
