import { defineConfig } from 'vite';

// The CLI is the same src/core bundled for Node: one ESM file, no node_modules at run time.
export default defineConfig({
  build: {
    ssr: 'src/cli/main.ts',
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      output: { entryFileNames: 'gwtls.mjs', banner: '#!/usr/bin/env node' },
    },
  },
  ssr: { noExternal: true },
});
