import type { PanelView } from '../lib/messages';

/** The VPN's estimated cost and, when funds are known, how many days they cover. */
export function CostEstimate({ view }: { view: PanelView }) {
  return (
    <div class="estimate">
      {view.estimate.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
