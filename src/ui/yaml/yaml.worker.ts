// monaco-yaml's language worker (schema validation, hover, completion), as a file Vite can
// bundle with `?worker` (a package path does not work with `new URL(…, import.meta.url)`).
import 'monaco-yaml/yaml.worker.js';
