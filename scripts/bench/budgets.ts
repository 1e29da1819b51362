/** The budgets of DESIGN.md ("Budgets"), in the units the bench measures. Change them there first. */
export const BUDGETS = {
  /** Content script, gzip bytes. */
  contentScriptGzip: 20 * 1024,
  /** Added main-thread script time per load (with − without, medians), ms, on a page that is not a VPN form. */
  addedScriptOtherPage: 3,
  /** The same on a VPN form. */
  addedScriptVpnForm: 10,
  /** From the page showing the VPN form (route or dialog) to the panel rendered with its checklist, ms. */
  panelVisible: 100,
  /** From the submit click (the event's time stamp) to the guard's decision, ms. */
  guardDecision: 2,
} as const;

export const DESIGN_SOURCE = '../shared/DESIGN.md#budgets';
