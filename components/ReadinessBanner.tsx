import type { Readiness } from '../lib/model/checklist';
import { useTranslate } from './i18n';

export function ReadinessBanner({ readiness }: { readiness: Readiness }) {
  const t = useTranslate();
  return (
    <div class={`readiness readiness--${readiness}`} role="status">
      {t(`readiness.${readiness}`)}
    </div>
  );
}
