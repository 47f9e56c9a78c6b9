/** A hardened snippet, generated from `snippets/<id>.ts`. */
export interface Snippet {
  /** `<rule>` or `<rule>.<variant>`. */
  readonly id: string;
  /** The rule the snippet fixes. */
  readonly rule: string;
  readonly title: string;
  /** Where the editor creates the helper module, relative to the app's source root (`lib/with-timeout.ts`). */
  readonly helperPath?: string;
  /** Names the snippet exports (what a user imports from the helper module). */
  readonly exports: readonly string[];
  /** The code with placeholders flattened to their default text. */
  readonly code: string;
  /** The VS Code snippet body (`${1:default}` tab stops). */
  readonly body: string;
}
