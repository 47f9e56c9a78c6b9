/**
 * @title CORS with an env-configured origin allowlist (Vary: Origin)
 * @helper lib/cors.ts
 */

/**
 * The origins allowed to call the API from a browser, from a comma-separated env var
 * (`CORS_ALLOWED_ORIGINS=https://app.example.com,https://admin.example.com`). Unset means no
 * cross-origin access at all: the safe default.
 */
export const allowedOrigins: readonly string[] = (process.env./*${1:*/CORS_ALLOWED_ORIGINS/*}*/?.split(',') ?? [])
  .map((o) => o.trim().replace(/\/$/, ''))
  .filter((o) => o.length > 0);

const allowed = new Set(allowedOrigins);

/** Whether a request's `Origin` header is on the allowlist (exact match, scheme and port included). */
export function isAllowedOrigin(origin: string | null | undefined): origin is string {
  return typeof origin === 'string' && allowed.has(origin);
}

/**
 * CORS response headers for a request's `Origin`: the origin is echoed only when it is allowlisted,
 * and `Vary: Origin` is always sent so shared caches never serve one origin's answer to another.
 */
export function corsHeaders(origin: string | null | undefined): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (isAllowedOrigin(origin)) {
    headers['Access-Control-Allow-Origin'] = origin;
    headers['Access-Control-Allow-Methods'] = /*${2:*/'GET, POST, OPTIONS'/*}*/;
    headers['Access-Control-Allow-Headers'] = /*${3:*/'Content-Type, Authorization'/*}*/;
    headers['Access-Control-Max-Age'] = '600';
    // Only with an allowlisted origin: never combine credentials with `*` or a reflected origin.
    headers['Access-Control-Allow-Credentials'] = /*${4:*/'true'/*}*/;
  }
  return headers;
}

/** Sets the CORS headers on a `Headers` object (App Router, middleware) or a Node response (Pages API). */
export function applyCors(
  target: Headers | { setHeader(name: string, value: string): unknown },
  origin: string | null | undefined,
): void {
  for (const [name, value] of Object.entries(corsHeaders(origin))) {
    if (target instanceof Headers) target.set(name, value);
    else target.setHeader(name, value);
  }
}

/** The answer to a preflight `OPTIONS` request: `export const OPTIONS = (req: Request) => preflight(req);` */
export function preflight(request: Request): Response {
  const origin = request.headers.get('origin');
  return new Response(null, { status: isAllowedOrigin(origin) ? 204 : 403, headers: corsHeaders(origin) });
}/*$0*/
