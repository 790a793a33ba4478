/**
 * Vite plugin: `samples/first-start.json`, what a first start opens (the first sample, its
 * texts and its analysis made by the same resolver the worker runs), served in development and
 * written into the build. The page preloads it, draws the analysis at once and replaces it with
 * the worker's own result when that arrives.
 */
import { join } from 'node:path';
import { runnerImport } from 'vite';
import type { Plugin } from 'vite';

type Analysis = typeof import('./sample-analysis');

export const FIRST_START = 'samples/first-start.json';

/** Runs the resolver through Vite's module runner, so the config itself stays small. */
async function firstStartJson(dir: string): Promise<string | undefined> {
  const { module } = await runnerImport<Analysis>(join(import.meta.dirname, 'sample-analysis.ts'), {
    configFile: false,
    logLevel: 'silent',
  });
  const first = await module.firstStart(dir);
  return first && JSON.stringify(first);
}

export function firstStartPlugin(): Plugin {
  let dir = '';
  return {
    name: 'gwtls-first-start',
    configResolved(config) {
      dir = join(config.publicDir, 'samples');
    },
    configureServer(server) {
      // Made once as the server starts, again when a sample changes.
      let made: Promise<string | undefined> | undefined;
      const make = () => (made = firstStartJson(dir).catch(() => undefined));
      make();
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(dir)) make();
      });
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `${server.config.base}${FIRST_START}`) return next();
        (made ?? make()).then((json) => {
          if (json === undefined) return next();
          res.setHeader('Content-Type', 'application/json');
          res.end(json);
        }, next);
      });
    },
    async generateBundle() {
      const json = await firstStartJson(dir);
      if (json !== undefined) this.emitFile({ type: 'asset', fileName: FIRST_START, source: json });
    },
  };
}
