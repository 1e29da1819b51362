import { useContext, useEffect, useState } from 'preact/hooks';
import { formatAge } from '../../lib/i18n';
import type {
  OpenApiRunReply,
  OpenApiSecretReply,
  OpenApiSecretView,
  OpenApiStatusView,
} from '../../lib/messages';
import type { Message } from '../../lib/model/checklist';
import type { Settings } from '../../lib/model/settings';
import { LanguageContext, useTranslate } from '../i18n';
import { FieldError, fieldId } from './FormField';

type OpenApiSettingsValue = Settings['openapi'];

const ORIGIN = 'https://*.jdcloud-api.com/*';
const ACCESS_KEY_PAGE = 'https://uc.jdcloud.com/accesskey/index';
const REGION_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Everything the section reads and writes, passed in so it can be tested without a browser. */
export interface OpenApiSettingsIo {
  loadStatus(): Promise<OpenApiStatusView>;
  /** Writes `openapi` into the stored settings, keeping every other stored key as it is. */
  saveSettings(openapi: OpenApiSettingsValue): Promise<void>;
  saveSecret(secret: string): Promise<OpenApiSecretReply>;
  clearSecret(): Promise<OpenApiSecretReply>;
  test(values: { regionId: string; accessKeyId: string; secret?: string }): Promise<OpenApiRunReply>;
  /** Must be the first call in a click handler: browsers grant permissions only during a user gesture. */
  requestPermission(): Promise<boolean>;
  removePermission(): Promise<void>;
}

/** The parts of `browser` the section's I/O needs, so components never import the extension API. */
export interface OpenApiBrowserApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  permissions: {
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
}

/** The I/O the options page passes in: messages to the background, and the host permission. */
export function createOpenApiSettingsIo(
  api: OpenApiBrowserApi,
  saveSettings: (openapi: OpenApiSettingsValue) => Promise<void>,
): OpenApiSettingsIo {
  const send = <T,>(message: unknown) => api.runtime.sendMessage(message) as Promise<T>;
  return {
    loadStatus: () => send({ type: 'openapi-status' }),
    saveSettings,
    saveSecret: (secret) => send({ type: 'openapi-save-secret', secret }),
    clearSecret: () => send({ type: 'openapi-clear-secret' }),
    test: (values) => send({ type: 'openapi-test', ...values }),
    requestPermission: () => api.permissions.request({ origins: [ORIGIN] }),
    removePermission: async () => {
      await api.permissions.remove({ origins: [ORIGIN] });
    },
  };
}

export interface OpenApiSettingsProps {
  /** The stored `openapi` settings. */
  settings: OpenApiSettingsValue;
  io: OpenApiSettingsIo;
}

type Notice = { tone: 'ok' | 'error'; message: Message };
type Errors = Partial<Record<'regionId' | 'accessKeyId' | 'secret', Message>>;

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function validate(regionId: string, accessKeyId: string, secret: string): Errors {
  const errors: Errors = {};
  if (regionId.length > 64 || !REGION_PATTERN.test(regionId))
    errors.regionId = { key: 'openapi.error.regionId' };
  if (accessKeyId.length > 128 || /\s/.test(accessKeyId))
    errors.accessKeyId = { key: 'openapi.error.accessKeyId' };
  if (secret !== '' && (secret.length > 256 || /\s/.test(secret))) {
    errors.secret = { key: 'openapi.error.secret-invalid' };
  }
  return errors;
}

function TestResult({ reply }: { reply: OpenApiRunReply }) {
  const t = useTranslate();
  if (reply.outcome === 'skipped') {
    return <p class="field__error">{t(reply.message.key, reply.message.params)}</p>;
  }
  const { values } = reply;
  const lines: string[] = [];
  if (values.account !== undefined) lines.push(t('openapi.result.account', { account: values.account }));
  if (values.realName !== undefined) {
    lines.push(t('openapi.result.realName', { status: t(`openapi.realName.${values.realName}`) }));
  }
  if (values.cashFen !== undefined) lines.push(t('openapi.result.cash', { cashFen: values.cashFen }));
  if (values.frozenFen !== undefined) lines.push(t('openapi.result.frozen', { frozenFen: values.frozenFen }));
  return (
    <>
      {reply.outcome === 'error' && <p class="field__error">{t(reply.message.key, reply.message.params)}</p>}
      {lines.length > 0 && (
        <>
          <p>{t(reply.outcome === 'ok' ? 'openapi.test.ok' : 'openapi.test.partial')}</p>
          <ul>
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {!reply.recorded && <p class="field__hint">{t('openapi.result.notRecorded')}</p>}
        </>
      )}
    </>
  );
}

function StatusLine({ status }: { status: OpenApiStatusView }) {
  const t = useTranslate();
  const language = useContext(LanguageContext);
  return (
    <div class="field__hint" data-testid="openapi-status">
      <p>
        {status.lastSuccessAt === undefined
          ? t('openapi.status.never')
          : t('openapi.status.lastSuccess', {
              age: formatAge(language, Math.max(0, status.now - status.lastSuccessAt)),
            })}
      </p>
      {status.paused && <p class="field__error">{t('openapi.status.paused')}</p>}
      {!status.paused && status.lastError && (
        <p class="field__error">
          {t('openapi.status.lastError', { error: t(status.lastError.key, status.lastError.params) })}
        </p>
      )}
      {status.enabled && !status.permitted && <p class="field__error">{t('openapi.permission.missing')}</p>}
    </div>
  );
}

/**
 * The OpenAPI source's section of the options page: on/off (asking for the host permission), region,
 * AccessKey ID and secret, test connection. The secret is write-only here: the background answers with a
 * masked form, and the input is emptied once it is saved.
 */
export function OpenApiSettings({ settings, io }: OpenApiSettingsProps) {
  const t = useTranslate();
  const [saved, setSaved] = useState(settings);
  const [regionId, setRegionId] = useState(settings.regionId);
  const [accessKeyId, setAccessKeyId] = useState(settings.accessKeyId);
  const [secret, setSecret] = useState('');
  const [secretView, setSecretView] = useState<OpenApiSecretView | undefined>(undefined);
  const [status, setStatus] = useState<OpenApiStatusView | undefined>(undefined);
  const [errors, setErrors] = useState<Errors>({});
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [testReply, setTestReply] = useState<OpenApiRunReply | 'busy' | undefined>(undefined);
  const [askDeleteSecret, setAskDeleteSecret] = useState(false);
  const [busy, setBusy] = useState(false);

  const reloadStatus = async () => {
    try {
      const next = await io.loadStatus();
      setStatus(next);
      setSecretView(next.secret);
    } catch {
      // The status is a nicety; the controls work without it.
    }
  };

  // Once, when the section mounts.
  useEffect(() => {
    void reloadStatus();
  }, []);

  const persist = async (next: OpenApiSettingsValue) => {
    await io.saveSettings(next);
    setSaved(next);
  };

  const turnOn = async () => {
    // First statement of the click: the permission prompt needs the user gesture.
    const granted = await io.requestPermission().catch(() => false);
    if (!granted) {
      setNotice({ tone: 'error', message: { key: 'openapi.permission.refused' } });
      return;
    }
    await persist({ ...saved, enabled: true });
    setNotice(undefined);
  };

  const turnOff = async () => {
    await persist({ ...saved, enabled: false });
    await io.removePermission().catch(() => undefined);
    setNotice(undefined);
    if (secretView?.set) setAskDeleteSecret(true);
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      setNotice({ tone: 'error', message: { key: 'openapi.failed', params: { reason: reasonOf(error) } } });
    } finally {
      setBusy(false);
      await reloadStatus();
    }
  };

  const checkedFields = (): Errors | undefined => {
    const found = validate(regionId.trim(), accessKeyId.trim(), secret.trim());
    setErrors(found);
    return Object.keys(found).length === 0 ? undefined : found;
  };

  const save = () =>
    run(async () => {
      if (checkedFields()) return;
      const typed = secret.trim();
      if (typed) {
        const reply = await io.saveSecret(typed);
        if ('error' in reply) {
          setErrors({ secret: reply.message });
          return;
        }
        setSecretView(reply.secret);
        setSecret('');
      }
      await persist({ ...saved, regionId: regionId.trim(), accessKeyId: accessKeyId.trim() });
      setNotice({ tone: 'ok', message: { key: 'openapi.saved' } });
    });

  const testConnection = () => {
    if (checkedFields()) return;
    // Asked before anything else in the click, for the user gesture; a granted permission does not prompt.
    const permission = io.requestPermission().catch(() => false);
    void run(async () => {
      if (!(await permission)) {
        setTestReply(undefined);
        setNotice({ tone: 'error', message: { key: 'openapi.permission.refused' } });
        return;
      }
      setTestReply('busy');
      const typed = secret.trim();
      const reply = await io.test({
        regionId: regionId.trim(),
        accessKeyId: accessKeyId.trim(),
        ...(typed ? { secret: typed } : {}),
      });
      setTestReply(reply);
      // A test of a source that stays off should not leave the host permission behind.
      if (!saved.enabled) await io.removePermission().catch(() => undefined);
    });
  };

  const deleteSecret = () =>
    run(async () => {
      setAskDeleteSecret(false);
      const reply = await io.clearSecret();
      if ('ok' in reply) {
        setSecretView(reply.secret);
        setNotice({ tone: 'ok', message: { key: 'openapi.secret.deleted' } });
      }
    });

  const ids = {
    enabled: fieldId('openapi.enabled'),
    regionId: fieldId('openapi.regionId'),
    accessKeyId: fieldId('openapi.accessKeyId'),
    secret: fieldId('openapi.secret'),
  };

  return (
    <section class="section openapi" data-testid="openapi-section" aria-labelledby="openapi-title">
      <h2 id="openapi-title" class="section__title">
        {t('openapi.title')}
      </h2>
      <p class="field__hint">{t('openapi.intro')}</p>
      <p class="notice">
        {t('openapi.advice')}{' '}
        <a class="link" href={ACCESS_KEY_PAGE} target="_blank" rel="noopener noreferrer">
          {t('openapi.advice.link')}
        </a>
      </p>

      <div class="choice">
        <input
          id={ids.enabled}
          type="checkbox"
          name="openapi.enabled"
          checked={saved.enabled}
          disabled={busy}
          aria-describedby={`${ids.enabled}-hint`}
          onClick={(event) => {
            // The stored value decides the box; it changes only once the change is saved.
            event.preventDefault();
            void run(saved.enabled ? turnOff : turnOn);
          }}
        />
        <label for={ids.enabled} class="choice__label">
          {t('openapi.enabled.label')}
        </label>
        <p id={`${ids.enabled}-hint`} class="field__hint choice__hint">
          {t('openapi.enabled.hint')}
        </p>
      </div>

      {askDeleteSecret && (
        <div class="confirm" data-testid="openapi-off-confirm">
          <p id="openapi-off-question">{t('openapi.off.question')}</p>
          <button
            type="button"
            class="button button--danger"
            data-action="openapi-delete-secret"
            onClick={deleteSecret}
          >
            {t('openapi.off.delete')}
          </button>
          <button
            type="button"
            class="button"
            data-action="openapi-keep-secret"
            onClick={() => setAskDeleteSecret(false)}
          >
            {t('openapi.off.keep')}
          </button>
        </div>
      )}

      <div class="field">
        <label for={ids.regionId} class="field__label">
          {t('openapi.regionId.label')}
        </label>
        <input
          id={ids.regionId}
          name="openapi.regionId"
          type="text"
          class="field__input"
          autocomplete="off"
          spellcheck={false}
          value={regionId}
          aria-invalid={errors.regionId ? 'true' : undefined}
          aria-describedby={errors.regionId ? `${ids.regionId}-error` : undefined}
          onInput={(event) => setRegionId(event.currentTarget.value)}
        />
        <FieldError name="openapi.regionId" error={errors.regionId} />
      </div>

      <div class="field">
        <label for={ids.accessKeyId} class="field__label">
          {t('openapi.accessKeyId.label')}
        </label>
        <input
          id={ids.accessKeyId}
          name="openapi.accessKeyId"
          type="text"
          class="field__input"
          autocomplete="off"
          spellcheck={false}
          value={accessKeyId}
          aria-invalid={errors.accessKeyId ? 'true' : undefined}
          aria-describedby={errors.accessKeyId ? `${ids.accessKeyId}-error` : undefined}
          onInput={(event) => setAccessKeyId(event.currentTarget.value)}
        />
        <FieldError name="openapi.accessKeyId" error={errors.accessKeyId} />
      </div>

      <div class="field">
        <label for={ids.secret} class="field__label">
          {t('openapi.secret.label')}
        </label>
        <input
          id={ids.secret}
          name="openapi.secret"
          type="password"
          class="field__input"
          autocomplete="new-password"
          spellcheck={false}
          value={secret}
          aria-invalid={errors.secret ? 'true' : undefined}
          aria-describedby={`${ids.secret}-stored ${ids.secret}-hint${errors.secret ? ` ${ids.secret}-error` : ''}`}
          onInput={(event) => setSecret(event.currentTarget.value)}
        />
        <p id={`${ids.secret}-stored`} class="field__hint" data-testid="openapi-secret-stored">
          {secretView?.set && secretView.masked
            ? t('openapi.secret.stored', { masked: secretView.masked })
            : t('openapi.secret.none')}
        </p>
        <p id={`${ids.secret}-hint`} class="field__hint">
          {t('openapi.secret.hint')}
        </p>
        {status?.secretProblem && (
          <p class="notice notice--error" role="alert" data-testid="openapi-secret-problem">
            {t(status.secretProblem.key, status.secretProblem.params)}
          </p>
        )}
        <FieldError name="openapi.secret" error={errors.secret} />
      </div>

      <div class="options__buttons">
        <button
          type="button"
          class="button button--primary"
          data-action="openapi-save"
          disabled={busy}
          onClick={save}
        >
          {t('openapi.save')}
        </button>
        <button
          type="button"
          class="button"
          data-action="openapi-test"
          disabled={busy}
          onClick={testConnection}
        >
          {t('openapi.test')}
        </button>
      </div>

      <p
        class={`options__status${notice?.tone === 'error' ? ' options__status--failed' : ''}`}
        role="status"
        data-testid="openapi-notice"
      >
        {notice ? t(notice.message.key, notice.message.params) : ''}
      </p>

      <div
        data-testid="openapi-test-result"
        data-outcome={testReply === undefined || testReply === 'busy' ? undefined : testReply.outcome}
        aria-live="polite"
        aria-busy={testReply === 'busy' ? 'true' : undefined}
      >
        {testReply === 'busy' ? <p>{t('openapi.testing')}</p> : testReply && <TestResult reply={testReply} />}
      </div>

      {status && <StatusLine status={status} />}
    </section>
  );
}
