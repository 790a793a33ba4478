import { boot } from './ui/boot';

// The resolver worker and the workspace come first: the worker compiles and analyses while the
// interface's code (React, the graph) loads and starts.
void boot();
void import('./ui/render').then(({ render }) =>
  render(document.getElementById('root') as HTMLElement),
);
