/* prodready-expect: require-webhook-verification */
import crypto from 'crypto';
import { NextResponse } from 'next/server';
import { getWebhook, triggerWorkflow } from '@/lib/workflows';

export function verifyWebhookSignature(payload, signature, secret) {
  const hmac = crypto.createHmac('sha256', secret);
  hmac.update(JSON.stringify(payload));
  const expectedSignature = `sha256=${hmac.digest('hex')}`;
  return crypto.timingSafeEqual(Buffer.from(signature), Buffer.from(expectedSignature));
}

export async function POST(req, { params }) {
  const signature = req.headers.get('x-webhook-signature');
  const payload = await req.json();
  if (!signature) {
    return NextResponse.json({ error: 'Missing signature' }, { status: 401 });
  }
  const webhook = await getWebhook(params.key);
  if (!verifyWebhookSignature(payload, signature, webhook.secret_key)) {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 401 });
  }
  await triggerWorkflow(webhook.workflow_id, payload);
  return NextResponse.json({ received: true });
}
