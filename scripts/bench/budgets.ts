/** The budgets of DESIGN.md ("Budgets"), in the units the bench measures. Change them there first. */
export const BUDGETS = {
  /** Content script, gzip bytes. */
  contentScriptGzip: 20 * 1024,
  /** Added main-thread script time per load (with − without, medians), ms, on a console page with no work. */
  addedScriptOtherPage: 3,
  /** The same on a page the preflight reads without a panel (account, billing and list pages it counts). */
  addedScriptReadPage: 20,
  /** The same on a VPN form with its panel. */
  addedScriptVpnForm: 25,
  /** No main-thread task that runs the extension's code may take longer, ms (the longest of any load). */
  extensionTask: 50,
  /** From the page showing the VPN form (route or dialog) to the panel rendered with its checklist, ms. */
  panelVisible: 100,
  /** From the submit click (the event's time stamp) to the guard's decision, ms. */
  guardDecision: 2,
} as const;

export const DESIGN_SOURCE = '../shared/DESIGN.md#budgets';
