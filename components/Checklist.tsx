import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelTexts } from '../lib/i18n/panel';
import type { RenderedCheck } from '../lib/messages';
import { checklistElement } from './in-page/checklist';

/**
 * The popup's checklist: the rows the in-page panel builds (components/in-page), so panel and popup rows are
 * one markup with one set of test hooks.
 */
export function Checklist({ checks, texts }: { checks: RenderedCheck[]; texts: PanelTexts }) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current?.replaceChildren(checklistElement(checks, texts));
  }, [checks, texts]);
  return <div ref={host} />;
}
