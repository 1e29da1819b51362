import { useEffect, useState } from 'preact/hooks';
import { useTranslate } from '../i18n';

/** Whether the extension may run on the JD Cloud console, and the request to let it (browser.permissions). */
export interface HostAccessIo {
  /** True when access to every console page is granted now. */
  contains(): Promise<boolean>;
  /** Must be the first call in a click handler: browsers grant access only during a user gesture. */
  request(): Promise<boolean>;
}

type AccessState = 'checking' | 'granted' | 'withheld' | 'granted-now' | 'refused';

/**
 * Where the person set the extension's site access to "on click", or withheld it (Chrome's site access, Firefox's
 * optional host permissions), the console pages are not read and nothing says so: the popup does, and offers to
 * allow it. Shown only while access is missing.
 */
export function HostAccessNotice({ io }: { io: HostAccessIo }) {
  const t = useTranslate();
  const [state, setState] = useState<AccessState>('checking');
  useEffect(() => {
    // A browser that cannot say is not told it withheld anything.
    io.contains().then(
      (granted) => setState(granted ? 'granted' : 'withheld'),
      () => setState('granted'),
    );
  }, []);
  if (state === 'checking' || state === 'granted') return null;
  if (state === 'granted-now') {
    return (
      <p class="popup__notice" role="status" data-testid="host-access">
        {t('hostAccess.granted')}
      </p>
    );
  }
  return (
    <div class="popup__notice popup__notice--warn" data-testid="host-access">
      <p>{t('hostAccess.withheld')}</p>
      <button
        type="button"
        class="button"
        data-action="grant-host-access"
        onClick={() => {
          // First statement of the click: the permission prompt needs the user gesture.
          io.request().then(
            (granted) => setState(granted ? 'granted-now' : 'refused'),
            () => setState('refused'),
          );
        }}
      >
        {t('hostAccess.grant')}
      </button>
      {state === 'refused' && (
        <p role="status" data-testid="host-access-refused">
          {t('hostAccess.refused')}
        </p>
      )}
    </div>
  );
}
