/* prodready-expect: none */
import { ImageResponse } from 'next/og';

export const runtime = 'edge';

export async function GET(request: Request) {
  const title = new URL(request.url).searchParams.get('title') ?? 'Campaign';
  return new ImageResponse(<div style={{ fontSize: 64 }}>{title}</div>, { width: 1200, height: 630 });
}
