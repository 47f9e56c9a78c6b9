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

/**
 * For a response you stream on (a download proxy: `new Response(upstream.body)`): bounds the wait for
 * the response headers only. `fetchWithTimeout` would also abort the body mid-transfer once `timeoutMs`
 * has passed; here the timer is cleared as soon as the headers arrive, and the caller's own signal
 * (`request.signal`) still cancels the transfer when the client leaves.
 */
export async function fetchWithHeadersTimeout(
  input: string | URL,
  init: RequestInit = {},
  timeoutMs: number = DEFAULT_FETCH_TIMEOUT_MS,
): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('No response headers in time', 'TimeoutError')), timeoutMs);
  const signal = init.signal ? AbortSignal.any([init.signal, controller.signal]) : controller.signal;
  try {
    return await fetch(input, { ...init, signal });
  } finally {
    clearTimeout(timer);
  }
}

/** Whether a rejection came from the time bound (answer 504 rather than 500). */
export function isTimeoutError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError');
}
