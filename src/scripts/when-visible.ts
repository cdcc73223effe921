/**
 * Resolves once `element` comes within `margin` of the viewport: heavy code (chart.js) is fetched
 * only for a chart the reader is about to see.
 */
export function whenNearViewport(element: Element, margin = "300px"): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
  });
}
