import { browser } from '#imports';
import {
  type OnDemandModule,
  onDemandGlobal,
  PAGE_REPORT_MODULE,
  TEACH_MODULE,
  TUNNEL_GATEWAY_PAGES_MODULE,
} from '../../lib/content-scripts';
import type { ContentMessage } from '../../lib/messages';
import type { PageKind } from '../../lib/model/page-kind';
import type { TaughtField } from '../../lib/model/settings';
import type { PageContext, PageKindReaders } from '../../lib/readers/page-context';
import type { PageConfig } from '../../lib/taught-locators';

/** What the teach chip and the picker get from the preflight. */
export interface TeachHost {
  pageKind: () => PageKind;
  language: 'zh-CN' | 'en';
  send(message: ContentMessage): Promise<unknown>;
  /** A pick was kept: the page reads with this config from now on. */
  taught(config: PageConfig): void;
}

export interface TeachModule {
  /** The chip: says which of `fields` the page could not read, and offers to point at each. */
  offer(fields: readonly TaughtField[], host: TeachHost): void;
  /** The picker, for one field. */
  pick(field: TaughtField, host: TeachHost): void;
  /** Takes the chip and any picker away (the page went elsewhere, or the preflight ended). */
  close(): void;
  /** How a read of this page finds the places taught for its kind and the whole console; none when none is. */
  finder(
    taught: PageConfig['taught'],
    pageKind: PageKind,
  ): ((field: TaughtField) => Element | undefined) | undefined;
}

export interface PageReportModule {
  /** What the page shows, as the readers see it, for a page report (a PageReportPart). */
  collect(page: PageContext, pageKind: PageKind): unknown;
}

/** Imports an on-demand module once, and hands back what it left under its global. */
function loader<T>(file: OnDemandModule): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= import(/* @vite-ignore */ browser.runtime.getURL(`/${file}` as '/teach.js')).then(
      () => (globalThis as unknown as Record<string, T>)[onDemandGlobal(file)] as T,
      (error: unknown) => {
        // Tried again on the next request: a failed import is not kept.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
}

export const loadTeach = loader<TeachModule>(TEACH_MODULE);
export const loadPageReport = loader<PageReportModule>(PAGE_REPORT_MODULE);
export const loadTunnelGatewayPages = loader<PageKindReaders>(TUNNEL_GATEWAY_PAGES_MODULE);
