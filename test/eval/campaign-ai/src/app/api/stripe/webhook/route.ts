/* prodready-expect: none */
import { NextResponse } from 'next/server';
import Stripe from 'stripe';
import { env } from '@/lib/env';
import { prisma } from '@/lib/prisma';

const stripe = new Stripe(env.STRIPE_SECRET_KEY, { timeout: 10_000 });

export async function POST(request: Request) {
  const signature = request.headers.get('stripe-signature');
  if (!signature) return new NextResponse('Missing signature', { status: 400 });
  const body = await request.text();
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(body, signature, env.STRIPE_WEBHOOK_SECRET);
  } catch {
    return new NextResponse('Invalid signature', { status: 400 });
  }
  if (event.type === 'checkout.session.completed') {
    const checkout = event.data.object;
    await prisma.subscription.update({
      where: { stripeCustomerId: String(checkout.customer) },
      data: { status: 'active' },
    });
  }
  return NextResponse.json({ received: true });
}
