/**
 * Lets the browser handle input and paint before long work goes on: `scheduler.yield()` where the
 * browser has it (the work resumes ahead of other tasks), a zero-delay timer elsewhere.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

function browserScheduler(): YieldingScheduler | undefined {
  const candidate: unknown = (globalThis as { scheduler?: unknown }).scheduler;
  return typeof candidate === 'object' &&
    candidate !== null &&
    'yield' in candidate &&
    typeof candidate.yield === 'function'
    ? (candidate as YieldingScheduler)
    : undefined;
}

export function yieldToMain(): Promise<void> {
  const scheduler = browserScheduler();
  if (scheduler) return scheduler.yield();
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
