import { useEffect, useMemo, useState } from 'preact/hooks';
import { type MessageParams, resolveLanguage, translate } from '../../lib/i18n';
import type { ClearDataReply, ForgetAccountReply } from '../../lib/messages';
import type { Message } from '../../lib/model/checklist';
import type { SelectorOverrideField, Settings } from '../../lib/model/settings';
import { exportSettings, parseSettingsImport, type SettingsProblem } from '../../lib/settings';
import {
  formFieldPaths,
  type PriceColumn,
  resetSettings,
  type SettingsDraft,
  settingsFromDraft,
  settingsToDraft,
  withImportedSettings,
  withoutPriceRow,
  withPriceRow,
  withUnshownKeys,
} from '../../lib/settings-form';
import { weakerSettingMessage, weakerSettings } from '../../lib/settings-import-changes';
import type { LocatorStatuses } from '../../lib/taught-locators';
import { LanguageContext } from '../i18n';
import { ACCOUNTS_ANCHOR, type AccountsLoad, AccountsSettings } from './AccountsSettings';
import { COUPON_PRODUCT_LINES_ANCHOR, CouponProductLines } from './CouponProductLines';
import { type ClearDataChoice, DataSection } from './DataSection';
import { GeneralSettingsFields, type ScalarField } from './GeneralSettingsFields';
import { GuardLog } from './GuardLog';
import { OpenApiSettings, type OpenApiSettingsIo } from './OpenApiSettings';
import { type PageReportIo, PageReportSection } from './PageReportSection';
import { PriceTable } from './PriceTable';
import { ResetControl } from './ResetControl';
import { SelectorOverrideFields } from './SelectorOverrideFields';
import { downloadTextFile, SETTINGS_FILE_NAME, SettingsTransfer } from './SettingsTransfer';
import { TAUGHT_LOCATORS_ANCHOR, TaughtLocators } from './TaughtLocators';

/** A settings export is a few KB; anything far larger is not one, and is not read into memory. */
const MAX_IMPORT_BYTES = 1_000_000;
/** A corrupt store can report thousands of problems; the first ones say enough. */
const MAX_PROBLEMS_SHOWN = 20;

/** The person's data: forget an account, clear everything (messages to the background), and read the log again. */
export interface PersonalDataIo {
  forgetAccount(name: string): Promise<ForgetAccountReply>;
  clearData(choice: ClearDataChoice): Promise<ClearDataReply>;
  /** The guard log as stored now (forgetting an account takes its name out of it). */
  loadGuardLog(): Promise<unknown>;
}

export interface OptionsPageProps {
  /** The stored settings as readSettings repaired them. */
  settings: Settings;
  /** What readSettings repaired on load; shown until the next successful save. */
  problems: readonly SettingsProblem[];
  /** The stored guard log as it is (entries are checked before they are shown). */
  guardLog: readonly unknown[];
  /** The browser's UI language, for the `auto` language setting. */
  uiLanguage: string | undefined;
  /**
   * Read-modify-write of the stored settings (platform/storage.ts `updateSettings`): `change` gets them as
   * stored at save time. The general form owns every key but those of the sections: the OpenAPI section owns
   * `openapi`, the Accounts section `thresholdByAccount`, the Coupon product lines section
   * `couponProductLines`, so none writes back a stale copy of another's. Resolves to the settings written.
   */
  update: (change: (stored: Settings) => Settings) => Promise<Settings>;
  /**
   * The OpenAPI section's I/O, made around the function that saves `openapi` through `update`
   * (`createOpenApiSettingsIo(browser, saveOpenApi)` in the extension). Without it, the section is not shown.
   */
  openApiIo?: (saveOpenApi: (openapi: Settings['openapi']) => Promise<void>) => OpenApiSettingsIo;
  /**
   * The stored accounts (platform/storage.ts `loadAccounts()` in the extension), checked again before they
   * are shown. Without it, the Accounts and Coupon product lines sections are not shown.
   */
  loadAccounts?: () => Promise<unknown>;
  /** What each taught place last read (platform/storage.ts `loadTaughtStatus`). Without it, none is shown. */
  loadTaughtStatus?: () => Promise<LocatorStatuses>;
  clearGuardLog: () => Promise<void>;
  /** Forget and clear (entrypoints/options/main.tsx); without it, neither is offered. */
  personalData?: PersonalDataIo;
  /** The page report's I/O (entrypoints/options/main.tsx); without it, the section is not shown. */
  pageReport?: PageReportIo;
  download?: (fileName: string, text: string) => void;
  /** The clock the accounts' ages are told by. */
  now?: () => number;
}

/** Sections an address may point at (options.html#coupon-product-lines); they appear once the accounts are read. */
const SECTION_ANCHORS = [ACCOUNTS_ANCHOR, COUPON_PRODUCT_LINES_ANCHOR, TAUGHT_LOCATORS_ANCHOR];

interface PendingImport {
  settings: Settings;
  /** What it would weaken, in words to translate. */
  changes: Message[];
}

type Status =
  | { kind: 'saved' | 'reset' | 'importCancelled' }
  | { kind: 'imported'; note?: string }
  | { kind: 'failed'; reason: string };

const STATUS_KEYS = {
  saved: 'options.saved',
  reset: 'options.reset.done',
  imported: 'options.import.done',
  importCancelled: 'import.cancelled',
} as const;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function LoadProblems({ problems, t }: { problems: readonly SettingsProblem[]; t: Translate }) {
  const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
  return (
    <section class="notice notice--warn" data-testid="load-problems" aria-labelledby="options-problems-title">
      <p id="options-problems-title" class="notice__title">
        {t('options.problems.title')}
      </p>
      <ul>
        {shown.map((problem, index) => (
          <li key={`${problem.path}-${index}`}>
            {t('options.problems.item', {
              path: problem.path || t('options.problems.whole'),
              message: problem.message,
            })}
          </li>
        ))}
        {problems.length > shown.length && <li>{`… (+${problems.length - shown.length})`}</li>}
      </ul>
      <p>{t('options.problems.note')}</p>
    </section>
  );
}

type Translate = (key: string, params?: MessageParams) => string;

/** The options page: every setting with its own validation, save and reset, export and import, the guard log. */
export function OptionsPage(props: OptionsPageProps) {
  const [saved, setSaved] = useState<Settings>(props.settings);
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsToDraft(props.settings));
  const [problems, setProblems] = useState(props.problems);
  const [status, setStatus] = useState<Status | undefined>();
  const [busy, setBusy] = useState(false);
  const [importError, setImportError] = useState<string | undefined>();
  /** A valid file that would weaken the protection: applied only once the person says so. */
  const [pendingImport, setPendingImport] = useState<PendingImport | undefined>();
  const [log, setLog] = useState(props.guardLog);
  const [clearError, setClearError] = useState<string | undefined>();
  // Bumped when an import replaces the keys the sections own: they start over from the stored values.
  const [sectionRevision, setSectionRevision] = useState(0);
  const [accounts, setAccounts] = useState<AccountsLoad>({ status: 'loading' });

  // The page speaks the saved language: switching happens on Save, not while choosing.
  const language = resolveLanguage(saved.language, props.uiLanguage);
  const t: Translate = (key, params) => translate(language, key, params);
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translate(language, 'options.title');
  }, [language]);

  const check = useMemo(() => settingsFromDraft(draft, saved), [draft, saved]);
  const errorPaths = Object.keys(check.errors);
  const fieldPaths = new Set(formFieldPaths(draft));
  // An error with no input of its own (say, a stored region code the schema now refuses) still needs saying.
  const otherErrors = errorPaths.filter((path) => !fieldPaths.has(path));

  const edit = (update: (draft: SettingsDraft) => SettingsDraft) => {
    setDraft(update);
    setStatus(undefined);
  };

  // Made once: the section keeps its io for its whole life.
  const openApiIo = useMemo(
    () =>
      props.openApiIo?.(async (openapi) => {
        const next = await props.update((stored) => ({ ...stored, openapi }));
        // Only `openapi`: the general form's unsaved edits are measured against its own saved values.
        setSaved((current) => ({ ...current, openapi: next.openapi }));
      }),
    [],
  );

  const reloadAccounts = async () => {
    const load = props.loadAccounts;
    if (!load) return;
    // A loader that throws at once is a loader that failed.
    await Promise.resolve()
      .then(load)
      .then(
        (stored) => setAccounts({ status: 'loaded', stored }),
        (error: unknown) => setAccounts({ status: 'failed', reason: reasonOf(error) }),
      );
  };
  useEffect(() => {
    void reloadAccounts();
  }, []);

  // The page is drawn after the settings are read and these sections after the accounts are: the browser's
  // own jump to the address's #anchor came too early.
  useEffect(() => {
    if (accounts.status === 'loading') return;
    const anchor = SECTION_ANCHORS.find((id) => location.hash === `#${id}`);
    if (anchor) document.getElementById(anchor)?.scrollIntoView?.();
  }, [accounts.status]);

  // Each section writes only its own key, into the settings as stored at save time.
  const saveThresholds = async (
    edit: (stored: Settings['thresholdByAccount']) => Settings['thresholdByAccount'],
  ) => {
    const next = await props.update((stored) => ({
      ...stored,
      thresholdByAccount: edit(stored.thresholdByAccount),
    }));
    setSaved((current) => ({ ...current, thresholdByAccount: next.thresholdByAccount }));
    return next.thresholdByAccount;
  };
  const [taughtStatus, setTaughtStatus] = useState<LocatorStatuses>({});
  useEffect(() => {
    props.loadTaughtStatus?.().then(setTaughtStatus, () => undefined);
  }, []);
  /** What forgetting or clearing changed in what this page shows: the accounts, the log, the places' reads. */
  const reloadReads = async () => {
    const io = props.personalData;
    await Promise.all([
      reloadAccounts(),
      io?.loadGuardLog().then(
        (stored) => setLog(Array.isArray(stored) ? stored : []),
        () => undefined,
      ),
      props.loadTaughtStatus?.().then(setTaughtStatus, () => undefined),
    ]);
  };
  const forgetAccount = async (name: string) => {
    const reply = await props.personalData?.forgetAccount(name);
    if (reply && 'error' in reply) throw new Error(reply.error);
    await reloadReads();
    return reply?.ok === true && reply.forgotten;
  };
  const afterClear = async (reply: Extract<ClearDataReply, { ok: true }>, choice: ClearDataChoice) => {
    if (!choice.keepSettings) {
      setSaved(reply.settings);
      setDraft(settingsToDraft(reply.settings));
      setProblems([]);
      setStatus(undefined);
    }
    await reloadReads();
    // The sections start over from what is stored now (the OpenAPI section's status and secret included).
    setSectionRevision((revision) => revision + 1);
  };
  const saveTaught = async (edit: (stored: Settings['taughtLocators']) => Settings['taughtLocators']) => {
    const next = await props.update((stored) => ({ ...stored, taughtLocators: edit(stored.taughtLocators) }));
    setSaved((current) => ({ ...current, taughtLocators: next.taughtLocators }));
    return next.taughtLocators;
  };
  const saveProductLines = async (
    edit: (stored: Settings['couponProductLines']) => Settings['couponProductLines'],
  ) => {
    const next = await props.update((stored) => ({
      ...stored,
      couponProductLines: edit(stored.couponProductLines),
    }));
    setSaved((current) => ({ ...current, couponProductLines: next.couponProductLines }));
    return next.couponProductLines;
  };

  /** Saves what `change` makes of the stored settings; the settings saved, or `undefined` when saving failed (and said so). */
  async function persist(
    change: (stored: Settings) => Settings,
    done: Status,
  ): Promise<Settings | undefined> {
    setBusy(true);
    setStatus(undefined);
    try {
      const next = await props.update(change);
      setSaved(next);
      setProblems([]);
      setStatus(done);
      return next;
    } catch (error) {
      setStatus({ kind: 'failed', reason: reasonOf(error) });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: Event) {
    event.preventDefault();
    const formSettings = check.settings;
    if (!formSettings || busy) return;
    const next = await persist((stored) => withUnshownKeys(formSettings, stored), { kind: 'saved' });
    // Shown as stored from now on (`80` becomes `80.00`).
    if (next) setDraft(settingsToDraft(next));
  }

  async function reset() {
    const next = await persist(resetSettings, { kind: 'reset' });
    if (next) setDraft(settingsToDraft(next));
  }

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) {
      setImportError(t('options.import.tooLarge'));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportError(t('options.import.unreadable'));
      return;
    }
    const result = parseSettingsImport(text);
    if (!result.ok) {
      setPendingImport(undefined);
      setImportError(result.error);
      return;
    }
    setImportError(undefined);
    setStatus(undefined);
    // A file that protects less than what is saved says how, and waits for the person's word.
    const weaker = weakerSettings(saved, withImportedSettings(result.settings, saved).settings);
    if (weaker.length > 0) {
      setPendingImport({ settings: result.settings, changes: weaker.map(weakerSettingMessage) });
      return;
    }
    await applyImport(result.settings);
  }

  async function applyImport(settings: Settings) {
    setPendingImport(undefined);
    // The file is the whole of the settings, the OpenAPI section's included, except its on/off.
    let kept: boolean | undefined;
    const next = await persist(
      (stored) => {
        const imported = withImportedSettings(settings, stored);
        kept = imported.openApiEnabledKept;
        return imported.settings;
      },
      { kind: 'imported' },
    );
    if (!next) return;
    if (kept) {
      const note = next.openapi.enabled ? 'options.import.openApiKeptOn' : 'options.import.openApiKeptOff';
      setStatus({ kind: 'imported', note });
    }
    setDraft(settingsToDraft(next));
    setSectionRevision((revision) => revision + 1);
  }

  async function clearLog() {
    setClearError(undefined);
    try {
      await props.clearGuardLog();
      setLog([]);
    } catch (error) {
      setClearError(reasonOf(error));
    }
  }

  const statusText =
    status === undefined
      ? ''
      : status.kind === 'failed'
        ? t('options.saveFailed', { reason: status.reason })
        : status.kind === 'imported' && status.note
          ? t('options.import.doneWithNote', { note: t(status.note) })
          : t(STATUS_KEYS[status.kind]);

  return (
    <LanguageContext.Provider value={language}>
      <div class="options" lang={language}>
        <header class="options__header">
          <h1>{t('options.title')}</h1>
          <p class="field__hint">{t('options.intro')}</p>
        </header>
        {problems.length > 0 && <LoadProblems problems={problems} t={t} />}
        <form class="options__form" noValidate onSubmit={submit}>
          <GeneralSettingsFields
            draft={draft}
            errors={check.errors}
            onField={(field: ScalarField, value: string) =>
              edit((current) => ({ ...current, [field]: value }))
            }
          />
          <PriceTable
            draft={draft}
            errors={check.errors}
            onPrice={(region: string, column: PriceColumn, value: string) =>
              edit((current) => ({
                ...current,
                prices: current.prices.map((row) =>
                  row.region === region ? { ...row, [column]: value } : row,
                ),
              }))
            }
            onAddRegion={(region) => edit((current) => withPriceRow(current, region))}
            onRemoveRegion={(region) => edit((current) => withoutPriceRow(current, region))}
          />
          <TaughtLocators
            entries={saved.taughtLocators}
            statuses={taughtStatus}
            save={saveTaught}
            now={props.now}
          />
          <SelectorOverrideFields
            draft={draft}
            errors={check.errors}
            onSelector={(field: SelectorOverrideField, value: string) =>
              edit((current) => ({
                ...current,
                selectorOverrides: { ...current.selectorOverrides, [field]: value },
              }))
            }
          />
          <div class="options__actions">
            <div class="options__buttons">
              <button
                type="submit"
                class="button button--primary"
                data-action="save"
                disabled={!check.settings || busy}
                aria-describedby={errorPaths.length > 0 ? 'options-attention' : undefined}
              >
                {t('options.save')}
              </button>
              <ResetControl onConfirm={() => void reset()} busy={busy} />
            </div>
            <div
              id="options-attention"
              class="options__attention"
              aria-live="polite"
              data-testid="form-errors"
            >
              {errorPaths.length > 0 && (
                <p>
                  {errorPaths.length === 1
                    ? t('options.attention.one')
                    : t('options.attention.other', { n: errorPaths.length })}
                </p>
              )}
              {otherErrors.length > 0 && (
                <ul>
                  {otherErrors.map((path) => {
                    const error = check.errors[path];
                    return (
                      <li key={path} class="field__error">
                        {t('options.error.other', {
                          path: path || t('options.problems.whole'),
                          message: error ? t(error.key, error.params) : '',
                        })}
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
            <p
              role="status"
              class={`options__status${status?.kind === 'failed' ? ' options__status--failed' : ''}`}
              data-testid="save-status"
              data-status={status?.kind}
            >
              {statusText}
            </p>
          </div>
        </form>
        {props.loadAccounts && (
          <>
            <AccountsSettings
              key={`accounts-${sectionRevision}`}
              accounts={accounts}
              thresholds={saved.thresholdByAccount}
              generalThresholdFen={saved.thresholdFen}
              save={saveThresholds}
              {...(props.personalData ? { forget: forgetAccount } : {})}
              now={props.now}
            />
            <CouponProductLines
              key={`coupon-lines-${sectionRevision}`}
              accounts={accounts}
              answers={saved.couponProductLines}
              save={saveProductLines}
              now={props.now}
            />
          </>
        )}
        {openApiIo && <OpenApiSettings key={sectionRevision} settings={saved.openapi} io={openApiIo} />}
        <SettingsTransfer
          busy={busy}
          importError={importError}
          pendingChanges={pendingImport?.changes}
          onApplyImport={() => {
            if (pendingImport) void applyImport(pendingImport.settings);
          }}
          onCancelImport={() => {
            setPendingImport(undefined);
            setStatus({ kind: 'importCancelled' });
          }}
          onExport={() => (props.download ?? downloadTextFile)(SETTINGS_FILE_NAME, exportSettings(saved))}
          onImportFile={(file) => void importFile(file)}
        />
        <GuardLog entries={log} onClear={() => void clearLog()} clearError={clearError} />
        {props.personalData && (
          <DataSection
            clear={props.personalData.clearData}
            onCleared={(reply, choice) => void afterClear(reply, choice)}
          />
        )}
        {props.pageReport && (
          <PageReportSection
            io={props.pageReport}
            save={props.download ?? ((name, text) => downloadTextFile(name, text, 'text/markdown'))}
          />
        )}
        <footer class="options__footer">
          <p data-testid="not-affiliated">{t('options.notAffiliated')}</p>
        </footer>
      </div>
    </LanguageContext.Provider>
  );
}
