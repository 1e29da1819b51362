import type { PanelTexts } from '../lib/i18n/panel';
import type { RenderedCheck } from '../lib/messages';
import { CheckRow } from './CheckRow';

export function Checklist({ checks, texts }: { checks: RenderedCheck[]; texts: PanelTexts }) {
  return (
    <ul class="checklist">
      {checks.map((check) => (
        <CheckRow key={check.id} check={check} statusLabel={texts[`status.${check.status}`]} />
      ))}
    </ul>
  );
}
