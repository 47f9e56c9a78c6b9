/**
 * @title Validated server env (zod schema, parsed once at startup)
 * @helper lib/env.ts
 */
import { z } from 'zod';

/**
 * Every server variable the app reads, with its shape. The app fails at startup with one clear
 * message listing what is missing or malformed, instead of failing at the first request.
 */
const serverSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url(),
  /*${1:*/OPENAI_API_KEY: z.string().min(1),
  UPSTASH_REDIS_REST_URL: z.string().url(),
  UPSTASH_REDIS_REST_TOKEN: z.string().min(1),/*}*/
});

export type ServerEnv = z.infer<typeof serverSchema>;

function parseEnv(): ServerEnv {
  const result = serverSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid or missing environment variables:\n${problems}`);
  }
  return result.data;
}

/** The validated server environment: `env.DATABASE_URL` is a `string`, never `undefined`. */
export const env: ServerEnv = parseEnv();/*$0*/
