/**
 * @title Parse a JSON request body with a zod schema (400 on failure)
 * @helper lib/parse-body.ts
 */
import { z } from 'zod';

/** Rejects bodies above this size before parsing them. */
const MAX_BODY_BYTES = /*${1:*/100_000/*}*/;

export type ParsedBody<T> = { success: true; data: T } | { success: false; response: Response };

/**
 * Reads and validates a JSON body. Only `data` (typed from the schema, unknown keys stripped) may reach
 * the database, an SDK or a prompt; on failure return `response` (a 400 listing the invalid fields).
 *
 *   const body = await parseJsonBody(req, CreatePostSchema);
 *   if (!body.success) return body.response;
 *   await db.post.create({ data: body.data });
 */
export async function parseJsonBody<S extends z.ZodType>(req: Request, schema: S): Promise<ParsedBody<z.infer<S>>> {
  const length = Number(req.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) {
    return { success: false, response: Response.json({ error: 'Request body too large' }, { status: 413 }) };
  }
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    return { success: false, response: Response.json({ error: 'Request body must be valid JSON' }, { status: 400 }) };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    return { success: false, response: Response.json({ error: 'Invalid request body', issues }, { status: 400 }) };
  }
  return { success: true, data: parsed.data }/*$0*/;
}

/** An example schema: bound every string, list and number a client controls. */
export const CreatePostSchema = z.object({
  title: z.string().trim().min(1).max(/*${2:*/200/*}*/),
  content: z.string().max(20_000),
  tags: z.array(z.string().max(50)).max(10).default([]),
  published: z.boolean().default(false),
});
