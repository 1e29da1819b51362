import { h, listening, shadowHost } from './element';
import { POINTER_EVENTS } from './picker';

/*
 * The teach chip: a small note in a corner of a page the extension reads, saying which value it could not
 * read there and offering to point at it. Not the panel (`<jdc-preflight-panel>` is the form's); it shrinks
 * to its button after a while so it never sits over the page's own controls for long.
 */

export interface ChipLine {
  field: string;
  /** "VPN Preflight could not read the available balance on this page." */
  text: string;
}

export interface ChipOptions {
  lines: readonly ChipLine[];
  teachLabel: string;
  dismissLabel: string;
  /** A person pressed "point at it" for a field (never the page: only trusted clicks count). */
  onTeach: (field: string) => void;
}

const STYLE = `
:host { all: initial; }
.chip { position: fixed; right: 16px; bottom: 16px; z-index: 2147483500; max-width: 320px; box-sizing: border-box;
  padding: 8px 10px; border-radius: 8px; border: 1px solid #d1d9e0; background: #fff; color: #1f2328;
  box-shadow: 0 8px 24px rgba(31,35,40,.18);
  font: 13px/1.5 -apple-system, "Segoe UI", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; }
.chip { padding-right: 32px; }
.chip p { margin: 0 0 4px; }
button[data-action="dismiss"] { position: absolute; top: 4px; right: 4px; padding: 0 7px; }
.chip--small p { display: none; }
.row { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
button { font: inherit; padding: 2px 10px; border-radius: 6px; border: 1px solid #d1d9e0; background: #f6f8fa; color: #1f2328; cursor: pointer; }
button[data-action="teach"] { background: #0969da; border-color: #0969da; color: #fff; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .chip { background: #151b23; color: #f0f6fc; border-color: #3d444d; }
  button { background: #212830; color: #f0f6fc; border-color: #3d444d; }
  button[data-action="teach"] { background: #1f6feb; border-color: #1f6feb; color: #fff; }
}
`;

const HOST_TAG = 'jdc-preflight-teach';
/** How long the chip shows its words before it shrinks to its buttons. */
const SHRINK_AFTER_MS = 8000;

/** Shows the chip (replacing one already shown); returns a function that takes it away. */
export function showTeachChip(options: ChipOptions): () => void {
  const { host, shadow } = shadowHost(HOST_TAG, STYLE);
  const remove = () => {
    clearTimeout(shrink);
    host.remove();
  };
  const chip = h(
    'div',
    { class: 'chip', role: 'status' },
    options.lines.map((line) =>
      h(
        'div',
        {},
        h('p', {}, line.text),
        h(
          'div',
          { class: 'row' },
          listening(
            h(
              'button',
              { type: 'button', 'data-action': 'teach', 'data-field': line.field },
              options.teachLabel,
            ),
            'click',
            (event) => {
              if (event.isTrusted) options.onTeach(line.field);
            },
          ),
        ),
      ),
    ),
    listening(
      h('button', { type: 'button', 'data-action': 'dismiss', 'aria-label': options.dismissLabel }, '×'),
      'click',
      (event) => {
        if (event.isTrusted) remove();
      },
    ),
  );
  // The chip is ours: the page's own handlers never hear a press on it.
  for (const type of POINTER_EVENTS) chip.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(chip);
  const shrink = setTimeout(() => chip.classList.add('chip--small'), SHRINK_AFTER_MS);
  document.documentElement.append(host);
  return remove;
}
