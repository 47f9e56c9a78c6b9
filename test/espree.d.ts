// espree (ESLint's default parser) ships no types; the tests only call parse().
declare module 'espree' {
  export function parse(code: string, options?: Record<string, unknown>): unknown;
}
