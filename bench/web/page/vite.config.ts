import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bench page: a production build (minified, as devices run it) of main.ts, which imports the web
// app's real store, sync and index modules. The bench passes outDir; `vite build -c` this file by hand
// writes page/dist.
export default defineConfig({
  root: dirname(fileURLToPath(import.meta.url)),
  logLevel: 'warn',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, sourcemap: false },
});
