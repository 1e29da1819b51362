import { useState } from 'preact/hooks';
import type { OpenApiRunReply } from '../lib/messages';
import type { Message } from '../lib/model/checklist';
import { useTranslate } from './i18n';

/** "Refresh from OpenAPI" for the popup: shown only while the source is on; says in words what happened. */
export function OpenApiRefreshButton({ onRefresh }: { onRefresh: () => Promise<OpenApiRunReply> }) {
  const t = useTranslate();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: Message } | undefined>(undefined);

  const refresh = async () => {
    setBusy(true);
    try {
      const reply = await onRefresh();
      setResult(
        reply.outcome === 'ok'
          ? { ok: true, message: { key: 'openapi.refresh.done' } }
          : { ok: false, message: reply.message },
      );
    } catch (error) {
      setResult({
        ok: false,
        message: {
          key: 'openapi.failed',
          params: { reason: error instanceof Error ? error.message : String(error) },
        },
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="openapi-refresh">
      <button type="button" class="button" data-action="openapi-refresh" disabled={busy} onClick={refresh}>
        {t(busy ? 'openapi.refresh.busy' : 'openapi.refresh')}
      </button>
      {result && (
        <p
          class={result.ok ? 'openapi-refresh__done' : 'openapi-refresh__error'}
          role="status"
          data-testid="openapi-refresh-result"
        >
          {t(result.message.key, result.message.params)}
        </p>
      )}
    </div>
  );
}
