/**
 * @title Bounded-concurrency map for per-item async work (after batching what can be one query)
 * @helper lib/map-with-concurrency.ts
 */

/**
 * First choice for a query per item is no loop at all: one query with an `in` filter
 * (`where: { id: { in: ids } }`, `inArray(t.id, ids)`, `.in('id', ids)`) or a join
 * (`include`, `with`, `select('*, tours(*)')`), then group the rows in memory.
 *
 * When each item really needs its own call, run `limit` at a time: faster than awaiting one by
 * one, and unlike an unbounded `Promise.all` it cannot exhaust the connection pool. Results keep
 * the input order; the first rejection rejects the whole call.
 */
export async function mapWithConcurrency<T, R>(
  items: Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  limit = /*${1:*/5/*}*/,
): Promise<R[]> {
  const list = Array.from(items);
  const results = new Array<R>(list.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      const index = next++;
      results[index] = await fn(list[index] as T, index);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, list.length)) }, worker);
  await Promise.all(workers);
  return results;
}
