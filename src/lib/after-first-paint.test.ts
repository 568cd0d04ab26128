/** When the app starts on a page drawn ahead of time: after its first content is on screen. */
import { afterFirstPaint } from './after-first-paint';

type PaintCallback = (list: { getEntriesByName(name: string): unknown[] }) => void;

/** A browser's paint timing: `paint(name)` reports a paint entry to every observer. */
function fakePaintTiming() {
  const observers: PaintCallback[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint'];
    constructor(private readonly callback: PaintCallback) {}
    observe() {
      observers.push(this.callback);
    }
    disconnect() {
      observers.splice(observers.indexOf(this.callback), 1);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint(name: string) {
      for (const callback of [...observers])
        callback({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) });
    },
  };
}

const visible = { visibilityState: 'visible' as const };

/** Whether the promise has settled once the timers due now have run. */
async function settledAfter(promise: Promise<void>, ms = 0) {
  let settled = false;
  void promise.then(() => {
    settled = true;
  });
  await vi.advanceTimersByTimeAsync(ms);
  return settled;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

test('waits for the first contentful paint, not the first paint, then a task more', async () => {
  const timing = fakePaintTiming();
  const painted = afterFirstPaint({ doc: visible });
  timing.paint('first-paint');
  expect(await settledAfter(painted, 100)).toBe(false);
  timing.paint('first-contentful-paint');
  expect(await settledAfter(painted)).toBe(true);
});

test('starts anyway when no paint is reported in time', async () => {
  fakePaintTiming();
  const painted = afterFirstPaint({ doc: visible, limitMs: 500 });
  expect(await settledAfter(painted, 499)).toBe(false);
  // The limit, then the task after it.
  expect(await settledAfter(painted, 2)).toBe(true);
});

test('a hidden page, which paints nothing, does not wait', async () => {
  fakePaintTiming();
  expect(await settledAfter(afterFirstPaint({ doc: { visibilityState: 'hidden' } }))).toBe(true);
});

test('without paint timing, an animation frame and a task after it stand in', async () => {
  vi.stubGlobal('PerformanceObserver', undefined);
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const painted = afterFirstPaint({ doc: visible });
  expect(await settledAfter(painted, 100)).toBe(false);
  for (const frame of frames) frame(0);
  expect(await settledAfter(painted)).toBe(true);
});
