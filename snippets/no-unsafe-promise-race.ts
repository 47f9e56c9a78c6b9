/**
 * @title Timeout that aborts the work and clears its timer
 * @helper lib/with-timeout.ts
 */

/** Thrown (and used as the abort reason) when the work does not settle in time. */
export class TimeoutError extends Error {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`Operation timed out after ${timeoutMs} ms`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

export const DEFAULT_TIMEOUT_MS = /*${1:*/10_000/*}*/;

/**
 * Runs `work` with a deadline. The work receives an AbortSignal: pass it on (`fetch(url, { signal })`,
 * `openai.chat.completions.create(body, { signal })`, `generateText({ ..., abortSignal: signal })`) so
 * the losing request is cancelled instead of running and billing in the background. The timer is
 * cleared on every path, so it never outlives the call. An optional `parent` signal (e.g.
 * `request.signal`) cancels the work too when the client goes away.
 */
export async function withTimeout<T>(
  work: (signal: AbortSignal) => Promise<T>,
  ms: number = DEFAULT_TIMEOUT_MS,
  parent?: AbortSignal,
): Promise<T> {
  const controller = new AbortController();
  const onParentAbort = (): void => controller.abort(parent?.reason);
  if (parent?.aborted) controller.abort(parent.reason);
  else parent?.addEventListener('abort', onParentAbort, { once: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TimeoutError(ms);
      controller.abort(error);
      reject(error);
    }, ms);
  });

  try {
    return await Promise.race([work(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
    parent?.removeEventListener('abort', onParentAbort);
  }
}
