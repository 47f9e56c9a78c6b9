import crypto from 'crypto';
import { NextResponse } from 'next/server';
import { getWebhook, runWorkflow } from '@/lib/workflows';

function verifyWebhookSignature(payload, signature, secret) {
  const hmac = crypto.createHmac('sha256', secret);
  hmac.update(JSON.stringify(payload));
  const expectedSignature = `sha256=${hmac.digest('hex')}`;
  return signature === expectedSignature;
}

export async function POST(req, { params }) {
  const signature = req.headers.get('x-webhook-signature');
  const payload = await req.json();
  const webhook = await getWebhook(params.key);
  if (!verifyWebhookSignature(payload, signature, webhook.secret_key)) {
    return NextResponse.json({ error: 'Invalid signature' }, { status: 401 });
  }
  await runWorkflow(webhook.workflowId, payload);
  return NextResponse.json({ ok: true });
}
