/**
 * @title requireEnv(): read a required env var or fail with a clear error
 * @helper lib/require-env.ts
 */

/**
 * Returns the value of a required environment variable, or throws an error that names it.
 * Use it where the value is read (module scope of the client's module) so a missing variable fails
 * at startup, not at the first request with an unrelated auth or connection error.
 */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(`Missing required environment variable ${name}` + /*${1:*/' (see .env.example)'/*}*/);
  }
  return value;
}
