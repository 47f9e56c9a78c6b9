/**
 * @title Generic error response with a server-side log and an error id
 * @helper lib/error-response.ts
 */
import { NextResponse } from 'next/server';

/** An error whose message is written for users (validation, not found, conflicts): safe to send. */
export class PublicError extends Error {
  readonly status: number;

  constructor(message: string, status = /*${1:*/400/*}*/) {
    super(message);
    this.name = 'PublicError';
    this.status = status;
  }
}

/**
 * Turns any thrown value into a response without leaking internals: a PublicError keeps its message
 * and status; everything else is logged server-side with an error id and answered with a generic
 * 500 that carries the id, so support can find the log line.
 */
export function errorResponse(error: unknown, context = /*${2:*/'request failed'/*}*/): NextResponse {
  if (error instanceof PublicError) {
    return NextResponse.json({ error: error.message }, { status: error.status });
  }
  const errorId = crypto.randomUUID();
  console.error(JSON.stringify({ level: 'error', errorId, context, error: serializeForLog(error) }));
  return NextResponse.json({ error: 'Internal server error', errorId }, { status: 500 });
}

/** The full detail, for the server log only. */
function serializeForLog(error: unknown): Record<string, unknown> {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  if (error && typeof error === 'object') return { ...(error as Record<string, unknown>) };
  return { value: String(error) };
}
