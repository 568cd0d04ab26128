/**
 * Resolves once the browser has shown the page's first content (ADR 0095), in the task after.
 *
 * Chromium reports `first-contentful-paint` when the frame has reached the screen. Its main thread
 * paints a frame well before that (rasterising and presenting happen elsewhere), so a task queued
 * after an animation frame could start the app, and hold the main thread, before the content was on
 * screen; the page's largest paint then waited for it as before. Where paint timing is missing
 * (older browsers), an animation frame and a task after it stand in. A hidden page paints nothing:
 * there, and if no paint is reported within `limitMs`, it resolves anyway.
 */
export interface PaintWaitOptions {
  doc?: Pick<Document, 'visibilityState'>;
  limitMs?: number;
}

const paintTimingSupported = () =>
  typeof PerformanceObserver !== 'undefined' &&
  PerformanceObserver.supportedEntryTypes.includes('paint');

export function afterFirstPaint({
  doc = document,
  limitMs = 1000,
}: PaintWaitOptions = {}): Promise<void> {
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      observer?.disconnect();
      clearTimeout(limit);
      setTimeout(resolve, 0);
    };
    const limit = setTimeout(settle, limitMs);
    if (doc.visibilityState === 'hidden') {
      settle();
    } else if (paintTimingSupported()) {
      observer = new PerformanceObserver((list) => {
        if (list.getEntriesByName('first-contentful-paint').length > 0) settle();
      });
      observer.observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(settle);
    }
  });
}
