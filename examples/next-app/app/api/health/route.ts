// Public by design and free of gaps: prodready stays quiet here.
export function GET() {
  return Response.json({ status: 'ok', time: new Date().toISOString() });
}
