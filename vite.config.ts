/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { firstStartPlugin } from './scripts/first-start-plugin.ts';

export default defineConfig({
  plugins: [react(), firstStartPlugin()],
  resolve: {
    // monaco-yaml's worker starts through ours: its language service is asked one YAML
    // document at a time (src/ui/yaml/document-service.ts).
    alias: [
      {
        find: /^monaco-worker-manager\/worker$/,
        replacement: fileURLToPath(new URL('./src/ui/yaml/yaml-worker-start.ts', import.meta.url)),
      },
    ],
  },
  // Keep modules executing in import order in every bundle, workers included (the ASN.1 schema
  // classes register themselves with their decorators as they load).
  worker: { format: 'es', rolldownOptions: { output: { strictExecutionOrder: true } } },
  // Monaco's workers are found only once they start; pre-bundle them up front so the dev server
  // does not re-optimise and reload the page mid-session.
  optimizeDeps: {
    include: [
      'monaco-yaml',
      'monaco-yaml/yaml.worker.js',
      'monaco-editor/esm/vs/editor/editor.api.js',
      'monaco-editor/esm/vs/editor/editor.worker.js',
    ],
  },
  build: {
    chunkSizeWarningLimit: 5000,
    // Which chunks start the app (the UI benchmark counts them from here).
    manifest: true,
    rolldownOptions: { output: { strictExecutionOrder: true } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    // The YAML worker's language service runs in tests through our worker start (see
    // src/ui/yaml/completion.test.ts): monaco-yaml goes through Vite, so the alias above holds.
    server: { deps: { inline: ['monaco-yaml'] } },
  },
});
