import { type Browser, browser } from '#imports';
import { createJdCloudClient } from '../../lib/jdcloud-api/client';
import type {
  ExtensionPageMessage,
  OpenApiRunReply,
  OpenApiSecretReply,
  OpenApiSecretView,
  OpenApiStatusView,
} from '../../lib/messages';
import type { Message } from '../../lib/model/checklist';
import {
  credentialsFingerprint,
  decideOpenApiRefresh,
  fetchOpenApiObservations,
  maskSecret,
  normalizeSecret,
  OPENAPI_ORIGIN,
  type OpenApiTrigger,
  recordOpenApiObservations,
} from '../../lib/openapi-source';
import {
  clearApiSecret,
  loadApiSecret,
  loadOpenApiStatus,
  readApiSecret,
  type SecretProblem,
  saveApiSecret,
  saveOpenApiStatus,
} from '../../platform/api-secret';
import { loadAccounts, loadSettings, loadTabs, saveAccounts } from '../../platform/storage';

/*
 * The OpenAPI source in the background: the alarm, the refresh and test messages, the secret.
 * The network calls run outside the hub's queue (they may take seconds); reading the policy's inputs
 * with claiming the attempt, and recording the answers, each run inside it.
 */

export const OPENAPI_ALARM = 'openapi-refresh';

export type OpenApiMessage = Extract<ExtensionPageMessage, { type: `openapi-${string}` }>;

export interface OpenApiBackgroundDeps {
  /** The hub's serial queue: storage read-modify-write steps run one at a time. */
  exclusive: <T>(task: () => Promise<T>) => Promise<T>;
  refreshAllTabs: () => Promise<void>;
}

type TestOverrides = Omit<Extract<OpenApiMessage, { type: 'openapi-test' }>, 'type'>;

/** What options says when the secret cannot be kept where content scripts cannot read it. */
function secretProblemMessage(problem: SecretProblem): Message {
  return { key: `openapi.secret.problem.${problem.kind}`, params: { reason: problem.reason } };
}

function secretView(secret: string | undefined): OpenApiSecretView {
  return secret === undefined ? { set: false } : { set: true, masked: maskSecret(secret) };
}

async function hostPermitted(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [OPENAPI_ORIGIN] });
  } catch {
    return false;
  }
}

/** A console tab is open when the tabs' session state holds one: the background notes every console page a tab shows. */
async function consoleTabOpen(): Promise<boolean> {
  return Object.values(await loadTabs()).some((tab) => tab.pageKind !== 'not-ours');
}

export function createOpenApiBackground(deps: OpenApiBackgroundDeps) {
  const { exclusive } = deps;

  async function run(trigger: OpenApiTrigger, overrides: TestOverrides = {}): Promise<OpenApiRunReply> {
    const now = Date.now();
    const claim = await exclusive(async () => {
      const [{ settings }, storedSecret, status, permitted] = await Promise.all([
        loadSettings(),
        loadApiSecret(),
        loadOpenApiStatus(),
        hostPermitted(),
      ]);
      const openapi = {
        ...settings.openapi,
        ...(overrides.regionId !== undefined ? { regionId: overrides.regionId } : {}),
        ...(overrides.accessKeyId !== undefined ? { accessKeyId: overrides.accessKeyId } : {}),
      };
      const typed = overrides.secret?.trim() ? overrides.secret : undefined;
      const decision = await decideOpenApiRefresh({
        settings: openapi,
        secret: typed ?? storedSecret,
        status,
        now,
        trigger,
        permitted,
      });
      if (decision.run) await saveOpenApiStatus(decision.claimed);
      // Only an enabled source writes observations; a test of a source still off only shows them.
      return { decision, record: settings.openapi.enabled };
    });
    const { decision } = claim;
    if (!decision.run) {
      return decision.retryAt === undefined
        ? { outcome: 'skipped', message: decision.message }
        : { outcome: 'skipped', message: decision.message, retryAt: decision.retryAt };
    }

    const result = await fetchOpenApiObservations({
      createClient: () =>
        createJdCloudClient({
          credentials: decision.credentials,
          regionId: decision.regionId,
          // Looked up per call, so the worker always uses the current fetch.
          fetch: (input, init) => globalThis.fetch(input, init),
          now: () => new Date(),
          nonce: () => globalThis.crypto.randomUUID(),
        }),
      now,
      fingerprint: decision.fingerprint,
      status: decision.claimed,
    });

    const recorded = claim.record && result.observations.length > 0;
    await exclusive(async () => {
      await saveOpenApiStatus(result.status);
      if (recorded) await saveAccounts(recordOpenApiObservations(await loadAccounts(), result.observations));
    });
    if (recorded) await deps.refreshAllTabs();
    if (result.error)
      return { outcome: 'error', values: result.values, recorded, message: result.error.message };
    return { outcome: 'ok', values: result.values, recorded };
  }

  async function statusView(): Promise<OpenApiStatusView> {
    const [{ settings }, stored, status, permitted] = await Promise.all([
      loadSettings(),
      readApiSecret(),
      loadOpenApiStatus(),
      hostPermitted(),
    ]);
    const { secret } = stored;
    const paused =
      secret !== undefined &&
      status.pausedForSettings !== undefined &&
      status.pausedForSettings === (await credentialsFingerprint(settings.openapi, secret));
    const view: OpenApiStatusView = {
      enabled: settings.openapi.enabled,
      secret: secretView(secret),
      permitted,
      paused,
      now: Date.now(),
    };
    if (status.lastAttemptAt !== undefined) view.lastAttemptAt = status.lastAttemptAt;
    if (status.lastSuccessAt !== undefined) view.lastSuccessAt = status.lastSuccessAt;
    if (status.lastError) view.lastError = status.lastError.message;
    if (stored.problem) view.secretProblem = secretProblemMessage(stored.problem);
    return view;
  }

  /** The alarm exists while the source is on, has a secret and a console tab is open; its period follows the settings. */
  async function syncAlarm(): Promise<void> {
    const [{ settings }, secret, open] = await Promise.all([
      loadSettings(),
      loadApiSecret(),
      consoleTabOpen(),
    ]);
    const minutes = settings.openapi.refreshMinutes;
    const existing = await browser.alarms.get(OPENAPI_ALARM);
    if (!settings.openapi.enabled || secret === undefined || !open) {
      if (existing) await browser.alarms.clear(OPENAPI_ALARM);
      return;
    }
    // Recreating an alarm restarts its clock: leave a matching one alone.
    if (existing?.periodInMinutes === minutes) return;
    await browser.alarms.create(OPENAPI_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
  }

  async function onAlarm(alarm: Browser.alarms.Alarm): Promise<void> {
    if (alarm.name !== OPENAPI_ALARM) return;
    if (!(await consoleTabOpen())) {
      await syncAlarm();
      return;
    }
    await run('periodic');
  }

  /** A console page reported in: keep the alarm in step and refresh now if a periodic run is due. */
  async function onConsoleActivity(): Promise<void> {
    await syncAlarm();
    await run('periodic');
  }

  async function handleMessage(
    msg: OpenApiMessage,
  ): Promise<OpenApiStatusView | OpenApiRunReply | OpenApiSecretReply> {
    switch (msg.type) {
      case 'openapi-status':
        return statusView();
      case 'openapi-refresh':
        return run('on-demand');
      case 'openapi-test': {
        const { type: _type, ...overrides } = msg;
        return run('test', overrides);
      }
      case 'openapi-save-secret': {
        const secret = normalizeSecret(msg.secret);
        if (!secret) return { error: 'invalid secret', message: { key: 'openapi.error.secret-invalid' } };
        const saved = await exclusive(() => saveApiSecret(secret));
        // Not protected, not stored: the person is told why, and the secret they typed is not kept anywhere.
        if (!saved.ok) {
          return {
            error: 'secret not protected',
            message: { key: 'openapi.error.secret-unprotected', params: { reason: saved.problem.reason } },
          };
        }
        await syncAlarm();
        return { ok: true, secret: secretView(secret) };
      }
      case 'openapi-clear-secret':
        await exclusive(() => clearApiSecret());
        await syncAlarm();
        return { ok: true, secret: { set: false } };
    }
  }

  return { handleMessage, onAlarm, onConsoleActivity, syncAlarm, run };
}

export type OpenApiBackground = ReturnType<typeof createOpenApiBackground>;
