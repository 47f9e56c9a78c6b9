import { NextResponse, type NextRequest } from 'next/server';
import { jwtVerify } from 'jose';

export async function middleware(request: NextRequest) {
  // Test seller in development
  const testSeller = request.headers.get('x-test-seller-id');
  if (process.env.NODE_ENV === 'development' && testSeller) {
    return NextResponse.next({ headers: { 'x-seller-id': testSeller } });
  }
  const token = request.cookies.get('session')?.value;
  if (!token) return NextResponse.redirect(new URL('/login', request.url));
  await jwtVerify(token, new TextEncoder().encode(process.env.JWT_SECRET));
  return NextResponse.next();
}

export const config = { matcher: ['/dashboard/:path*', '/api/:path*'] };
