import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The last width any chart was laid out at. Charts fill the content column, so a new chart (the
 * next indicator, the next group) starts at it and usually need not draw twice.
 */
let lastWidth = 640;

/**
 * The width of a chart's box, followed as the window resizes. One ResizeObserver per chart, read
 * after layout (never forcing one), not a measurement per label.
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(lastWidth);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (next <= 0) return;
      lastWidth = next;
      setWidth((previous) => (previous === next ? previous : next));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
