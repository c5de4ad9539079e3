import { fileURLToPath } from 'node:url';

// Defaults are found from this file's place in the repository, not from the working directory:
// `pnpm --filter` runs scripts inside the package folder, the root scripts run at the root.
export const serverPackageRoot = fileURLToPath(new URL('..', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));
export const defaultDataDir = fileURLToPath(new URL('../../../.data', import.meta.url));
