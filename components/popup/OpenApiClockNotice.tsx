import { CLOCK_SKEW_MESSAGE } from '../../lib/jdcloud-api/client';
import type { OpenApiStatusView } from '../../lib/messages';
import { useTranslate } from '../i18n';

/**
 * The OpenAPI source's last answer was refused because this computer's clock is off: said in the popup, in
 * words, because nothing on the console page would tell the person. Gone once a refresh succeeds.
 */
export function OpenApiClockNotice({ status }: { status: OpenApiStatusView | undefined }) {
  const t = useTranslate();
  const error = status?.lastError;
  if (!status?.enabled || error?.key !== CLOCK_SKEW_MESSAGE) return null;
  return (
    <p class="popup__notice popup__notice--warn" role="status" data-testid="openapi-clock">
      {t(error.key, error.params)}
    </p>
  );
}
