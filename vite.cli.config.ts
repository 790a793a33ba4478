import { defineConfig } from 'vite';

// The CLI is the same src/core bundled for Node: one ESM file, no node_modules at run time.
export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    minify: false,
    rolldownOptions: {
      // gwtls.mjs is the CLI; core.mjs exposes the same core to scripts (the benchmark).
      input: { gwtls: 'src/cli/main.ts', core: 'src/core/index.ts' },
      output: {
        entryFileNames: '[name].mjs',
        banner: (chunk) => (chunk.name === 'gwtls' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: { noExternal: true },
});
