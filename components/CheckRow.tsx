import type { RenderedCheck } from '../lib/messages';

const STATUS_ICONS = { pass: '✓', warn: '!', fail: '✕', unknown: '?' } as const;

/** One check: status, plain-words reason with its numbers, where the numbers came from, and the fix. */
export function CheckRow({ check, statusLabel }: { check: RenderedCheck; statusLabel: string }) {
  return (
    <li class={`check check--${check.status}`} data-check={check.id} data-status={check.status}>
      <span class="check__icon" role="img" aria-label={statusLabel}>
        {STATUS_ICONS[check.status]}
      </span>
      <div class="check__body">
        <div class="check__title">{check.title}</div>
        <div class="check__reason">{check.reason}</div>
        {check.facts.length > 0 && (
          <div class="check__facts">
            {check.facts.map((fact) => (
              <span key={fact} class="check__fact">
                {fact}
              </span>
            ))}
          </div>
        )}
        {check.fix && (
          <a class="check__fix" href={check.fix.url} target="_blank" rel="noopener noreferrer">
            {check.fix.label}
          </a>
        )}
      </div>
    </li>
  );
}
