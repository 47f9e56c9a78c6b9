import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Fixture workspaces on disk for the desktop-app exemption (`isDesktopAppModule`): an Electron app whose main process
 * imports a workspace package (rowboat's `apps/x`: `apps/main` over `packages/core`), and its twin where a Next app
 * imports the same package. Written to a temporary folder (outside the repo, so no path rule of the repo applies) and
 * removed after the test file.
 */
export function desktopFixtures(prefix: string): {
  /** A file of `packages/core` that only the Electron app `apps/main` depends on. */
  desktopCore: (file: string) => string;
  /** A file of the Electron app's own package (it depends on `electron`). */
  desktopMain: (file: string) => string;
  /** A file of `packages/core` that a Next app (`apps/web`) depends on too. */
  sharedCore: (file: string) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), `prodready-${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  };
  const pkg = (name: string, dependencies: Record<string, string>) => JSON.stringify({ name, dependencies });
  // pnpm workspace: the Electron main process over the agent runtime.
  write('desktop/pnpm-workspace.yaml', "packages:\n  - 'apps/*'\n  - packages/*\n\nonlyBuiltDependencies:\n  - electron\n");
  write('desktop/package.json', pkg('desktop', {}));
  write('desktop/apps/main/package.json', pkg('main', { electron: '^39.0.0', '@desk/core': 'workspace:*' }));
  write('desktop/apps/renderer/package.json', pkg('@desk/renderer', { react: '^19.0.0' }));
  write('desktop/packages/core/package.json', pkg('@desk/core', { express: '^5.0.0' }));
  // npm workspaces: the same runtime shared by the Electron app and a Next app.
  write('shared/package.json', JSON.stringify({ name: 'shared', private: true, workspaces: ['apps/*', 'packages/*'] }));
  write('shared/apps/desktop-main/package.json', pkg('desktop-main', { electron: '^39.0.0', '@shared/core': '*' }));
  write('shared/apps/web/package.json', pkg('web', { next: '15.0.0', '@shared/core': '*' }));
  write('shared/packages/core/package.json', pkg('@shared/core', { express: '^5.0.0' }));
  return {
    desktopCore: (file) => join(dir, 'desktop/packages/core', file),
    desktopMain: (file) => join(dir, 'desktop/apps/main', file),
    sharedCore: (file) => join(dir, 'shared/packages/core', file),
  };
}
