import { boot } from './boot';

// Imported first by the entry, so this runs before React and the graph's code are evaluated:
// the worker compiles and analyses while the interface loads and starts.
void boot();
