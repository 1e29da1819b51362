import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PanelTexts } from '../lib/i18n/panel';
import type { RenderedCheck } from '../lib/messages';
import { checklistElement, teachFieldClicked } from './in-page/checklist';

/**
 * The popup's checklist: the rows the in-page panel builds (components/in-page), so panel and popup rows are
 * one markup with one set of test hooks.
 */
export function Checklist({
  checks,
  texts,
  onTeach,
}: {
  checks: RenderedCheck[];
  texts: PanelTexts;
  /** A row's "point at it" was pressed. */
  onTeach?: (field: string) => void;
}) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    host.current?.replaceChildren(checklistElement(checks, texts));
  }, [checks, texts]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the rows' own buttons take the clicks; this only hears them
    // biome-ignore lint/a11y/useKeyWithClickEvents: a button's Enter and Space arrive as clicks
    <div
      ref={host}
      onClick={(event) => {
        const field = teachFieldClicked(event);
        if (field) onTeach?.(field);
      }}
    />
  );
}
