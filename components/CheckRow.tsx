import { useContext } from 'preact/hooks';
import { fixLinkUrl } from '../lib/fix-links';
import { describeSource, formatAge } from '../lib/i18n';
import type { CheckResult } from '../lib/model/checklist';
import { LanguageContext, useTranslate } from './i18n';

const STATUS_ICONS = { pass: '✓', warn: '!', fail: '✕', unknown: '?' } as const;

/** One check: status, plain-words reason with its numbers, where the numbers came from, and the fix. */
export function CheckRow({ check, now }: { check: CheckResult; now: number }) {
  const t = useTranslate();
  const language = useContext(LanguageContext);
  return (
    <li class={`check check--${check.status}`} data-check={check.id} data-status={check.status}>
      <span class="check__icon" role="img" aria-label={t(`status.${check.status}`)}>
        {STATUS_ICONS[check.status]}
      </span>
      <div class="check__body">
        <div class="check__title">{t(`check.${check.id}.title`)}</div>
        <div class="check__reason">{t(check.message.key, check.message.params)}</div>
        {check.facts.length > 0 && (
          <div class="check__facts">
            {check.facts.map((fact) => (
              <span key={fact.field} class="check__fact">
                {t('fact.source', {
                  source: describeSource(language, fact.source),
                  age: formatAge(language, Math.max(0, now - fact.observedAt)),
                })}
              </span>
            ))}
          </div>
        )}
        {check.fix && check.status !== 'pass' && (
          <a
            class="check__fix"
            href={fixLinkUrl(check.fix, language)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t(`fix.${check.fix}`)}
          </a>
        )}
      </div>
    </li>
  );
}
