import type { PanelView } from '../lib/messages';

export function ReadinessBanner({ view }: { view: PanelView }) {
  return (
    <div class={`readiness readiness--${view.readiness}`} role="status">
      {view.readinessLabel}
    </div>
  );
}
