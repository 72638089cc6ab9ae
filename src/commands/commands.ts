/**
 * The manifest's FunctionFile. The ribbon button only opens the pane (ShowTaskpane needs no code), so
 * nothing is registered here; office.js is still initialised, and the page must not fail when
 * office.js is absent. Kept free of imports so this hidden page stays tiny.
 */
const office = (window as Window & { Office?: { onReady?: () => Promise<unknown> } }).Office;
void office?.onReady?.();

export {};
