/**
 * Runs `task` once the page has loaded and the browser is idle: for preloading that must never
 * compete with the first view (an idle callback alone can fire mid-parse on a large page).
 */
export function whenIdleAfterLoad(task: () => void): void {
  const schedule = () =>
    "requestIdleCallback" in window ? requestIdleCallback(task, { timeout: 10_000 }) : setTimeout(task, 1_500);
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule, { once: true });
}
