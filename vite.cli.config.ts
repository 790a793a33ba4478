import { defineConfig } from 'vite';

// The CLI is the same src/core bundled for Node (no node_modules needed at run time): gwtls.mjs
// is the command, core.mjs the core for scripts such as the benchmark.
export default defineConfig({
  publicDir: false,
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
        chunkFileNames: '[name].mjs',
        strictExecutionOrder: true,
        banner: (chunk) => (chunk.name === 'gwtls' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: { noExternal: true },
});
