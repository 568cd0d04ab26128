import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The width of a chart's box, followed as the window resizes. One ResizeObserver per chart,
 * not a measurement per label; `fallback` is used until the box is laid out (and in tests).
 */
export function useChartWidth(ref: RefObject<HTMLElement | null>, fallback = 640): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const initial = element.clientWidth;
    if (initial > 0) setWidth(initial);
    const observer = new ResizeObserver((entries) => {
      const next = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (next > 0) setWidth((previous) => (previous === next ? previous : next));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return width;
}
