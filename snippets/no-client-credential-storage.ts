/**
 * @title Keep the credential in an httpOnly Secure SameSite cookie set by the server, not in browser storage
 * @file app/api/session/route.ts
 */
import { NextResponse } from 'next/server';
import { z } from 'zod';

// Page scripts cannot read an httpOnly cookie, so an XSS bug cannot steal it; the browser sends it
// with every same-site request. Read it on the server with `request.cookies.get(SESSION_COOKIE)`.
const SESSION_COOKIE = /*${1:*/'session'/*}*/;
const MAX_AGE_SECONDS = /*${2:*/60 * 60 * 24 * 7/*}*/;

const bodySchema = z.object({ token: z.string().min(1).max(4096) });

/** Only the app's own pages may set the cookie (no login CSRF from another site). */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  return origin !== null && origin === new URL(request.url).origin;
}

export async function POST(request: Request): Promise<NextResponse> {
  if (!isSameOrigin(request)) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return NextResponse.json({ error: 'Invalid body' }, { status: 400 });
  const response = new NextResponse(null, { status: 204 });
  response.cookies.set(SESSION_COOKIE, parsed.data.token, {
    httpOnly: true,
    secure: true,
    sameSite: 'lax',
    path: '/',
    maxAge: MAX_AGE_SECONDS,
  });
  return response;
}

export async function DELETE(request: Request): Promise<NextResponse> {
  if (!isSameOrigin(request)) return NextResponse.json({ error: 'Forbidden' }, { status: 403 });
  const response = new NextResponse(null, { status: 204 });
  response.cookies.set(SESSION_COOKIE, '', { httpOnly: true, secure: true, sameSite: 'lax', path: '/', maxAge: 0 });
  return response;
}
