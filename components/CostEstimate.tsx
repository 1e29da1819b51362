import type { PanelView } from '../lib/messages';
import { useTranslate } from './i18n';

/** The VPN's estimated cost and, when funds are known, how many days they cover. */
export function CostEstimate({ view }: { view: PanelView }) {
  const t = useTranslate();
  const runway = view.checklist.checks.find((check) => check.id === 'funds-runway');
  const days = runway?.message.params?.days;
  return (
    <div class="estimate">
      <p>
        {t('panel.estimate', {
          perHourFen: view.estimate.perHourFen,
          perDayFen: view.estimate.perDayFen,
          tunnels: view.estimate.tunnels,
          gb: view.estimate.outboundGbPerDay,
        })}
      </p>
      <p>{typeof days === 'number' ? t('panel.runway', { days }) : t('panel.runwayUnknown')}</p>
    </div>
  );
}
