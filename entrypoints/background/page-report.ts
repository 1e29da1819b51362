/** TEMP: the page report is assembled here (next commit). */
export async function collectPageReport(
  _tabId: number | undefined,
  _includeAccountName: boolean,
): Promise<{ error: string }> {
  return { error: 'not yet' };
}
