/**
 * @title fetch with a time bound (AbortSignal.timeout), for route handlers and server code
 * @helper lib/fetch-with-timeout.ts
 */

/** Default budget for one outbound call; keep it well under the route's `maxDuration`. */
export const DEFAULT_FETCH_TIMEOUT_MS = /*${1:*/10_000/*}*/;

/**
 * `fetch` that gives up after `timeoutMs`: the request is aborted (the socket is closed, nothing keeps
 * running) and the promise rejects with a `TimeoutError` DOMException. A caller's own signal (e.g.
 * `request.signal`, so a client that leaves cancels the upstream call too) is combined with the timeout.
 *
 * In the route, also cap the whole invocation:
 *   export const maxDuration = 30; // seconds (Vercel): the platform's hard limit for the function
 */
export async function fetchWithTimeout(
  input: string | URL,
  init: RequestInit = {},
  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,
): Promise<Response> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return fetch(input, { ...init, signal });
}

/** Whether a rejection came from the time bound (answer 504 rather than 500). */
export function isTimeoutError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
