/**
 * @title requireSecret(): read a secret from the server env, never from source
 * @helper lib/secrets.ts
 */

const PLACEHOLDER = /^(?:changeme|change-me|secret|password|your[-_].*|x+|test|dev|default)$/i;

/**
 * Returns a secret from the server environment (set in the host's env settings, listed without a
 * value in `.env.example`), or throws an error naming the missing variable. Values that look like
 * placeholders or are too short are rejected, so a copied `.env.example` never reaches production.
 */
export function requireSecret(name: string, options: { minLength?: number } = {}): string {
  const value = process.env[name];
  if (value === undefined || value.trim() === '') {
    throw new Error(`Missing secret ${name}: set it in the environment (and list it in .env.example without a value)`);
  }
  const minLength = options.minLength ?? /*${1:*/16/*}*/;
  if (value.length < minLength || PLACEHOLDER.test(value)) {
    throw new Error(`Secret ${name} looks like a placeholder or is shorter than ${minLength} characters`);
  }
  return value;
}/*$0*/
