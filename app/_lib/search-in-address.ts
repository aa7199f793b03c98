/**
 * Puts `search` (without its "?") in the address bar, so a reload or a shared link shows the same
 * view. Only when it changes: Next turns each replaceState into an update of its router state,
 * rendered again down the tree, and a page that did so on arrival paid for that render right
 * after hydrating.
 */
export function keepSearchInAddress(search: string): void {
  const wanted = search ? `?${search}` : "";
  if (window.location.search === wanted) return;
  window.history.replaceState(null, "", wanted || window.location.pathname);
}
