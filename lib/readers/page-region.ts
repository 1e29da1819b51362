/** The region a VPN console page (a form, or the list under it) shows as chosen. */
import { DROPDOWN } from './controls';
import { type LabelIndex, readLabelledValue } from './labels';
import { labelsOf, mainContent, type PageContext } from './page-context';
import { parseRegion } from './region';

export const REGION_LABELS = ['地域', '所属地域', '区域', 'Region'];

// Marks of the chosen entry in a group of buttons or tabs (segmented region buttons, a region bar).
const CHOSEN_MARKS =
  '[aria-pressed="true"], [aria-checked="true"], [aria-selected="true"], [aria-current="true"], [aria-current="page"], .is-active, .active, .selected';

/**
 * The region a page shows as the chosen one of a group of regions without a label (the list page's
 * region bar 华北-北京 | 华南-广州 | …): a marked entry that names a region, beside another that does.
 */
function chosenRegion(root: Element, looked?: Element): string | undefined {
  for (const chosen of Array.from(root.querySelectorAll(CHOSEN_MARKS)).slice(0, 60)) {
    // A part of the page looked at already (the form, before the page around it) is not looked at again.
    if (looked && chosen !== looked && looked.contains(chosen)) continue;
    const text = (chosen.textContent ?? '').trim();
    // A chosen option of a gateway's dropdown is no region bar.
    if (text.length > 40 || chosen.closest(DROPDOWN)) continue;
    const region = parseRegion(text);
    if (!region) continue;
    const siblings = Array.from(chosen.parentElement?.children ?? []).slice(0, 12);
    if (siblings.some((sibling) => sibling !== chosen && parseRegion((sibling.textContent ?? '').trim()))) {
      return region;
    }
  }
  return undefined;
}

// Read without URLSearchParams, whose first use in the content script's world costs more than this.
const REGION_PARAMETER = /[?&]regionId=([^&#]*)/;

/** The region the page's address names (`?regionId=cn-north-1`), where the console keeps it there. */
function addressRegion(document: Document): string | undefined {
  const named = REGION_PARAMETER.exec(document.location?.search ?? '')?.[1];
  try {
    return named ? parseRegion(decodeURIComponent(named.replace(/\+/g, ' '))) : undefined;
  } catch {
    // A malformed escape names no region.
    return undefined;
  }
}

/**
 * The region labelled in `root` (a form, whose labels `index` holds), else the one the page around it shows
 * (a dialog often leaves the region to the list page's region selector), else the one its address names.
 */
export function readPageRegion(
  root: Element,
  index: LabelIndex,
  page: PageContext,
  vocabulary: readonly string[],
): string | undefined {
  const inRoot = readLabelledValue(index, root, REGION_LABELS, vocabulary, parseRegion);
  if (inRoot) return inRoot;
  const { document } = page;
  const main = mainContent(document);
  if (!main) return addressRegion(document);
  if (main !== root) {
    const labelled = readLabelledValue(labelsOf(page, main), main, REGION_LABELS, vocabulary, parseRegion);
    if (labelled) return labelled;
  }
  return (
    chosenRegion(root) ?? (main !== root ? chosenRegion(main, root) : undefined) ?? addressRegion(document)
  );
}
