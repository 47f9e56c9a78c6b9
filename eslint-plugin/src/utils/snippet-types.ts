/** A hardened snippet, generated from `snippets/<id>.ts`. */
export interface Snippet {
  /** `<rule>` or `<rule>.<variant>`. */
  readonly id: string;
  /** The rule the snippet fixes. */
  readonly rule: string;
  readonly title: string;
  /** Where the editor creates the helper module, relative to the app's source root (`lib/with-timeout.ts`). */
  readonly helperPath?: string;
  /**
   * A snippet that is a whole file (`@file app/api/session/route.ts`, a route the client code calls):
   * where it goes, relative to the app's source root. The editor creates it there (never overwriting)
   * when the finding is in another kind of file, and applies the rule's suggestion that calls it.
   */
  readonly filePath?: string;
  /** Names the snippet exports (what a user imports from the helper module). */
  readonly exports: readonly string[];
  /** The code with placeholders flattened to their default text. */
  readonly code: string;
  /** The VS Code snippet body (`${1:default}` tab stops). */
  readonly body: string;
  /** The same snippet for JavaScript files: the TypeScript-only text erased (scripts/snippet-format.mjs). */
  readonly js: { readonly code: string; readonly body: string };
}
