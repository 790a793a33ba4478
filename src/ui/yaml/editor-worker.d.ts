// Monaco's worker entry, as monaco-yaml's worker starts it (the package ships no types for it).
declare module 'monaco-editor/esm/vs/editor/editor.worker.js' {
  export function initialize(create: (ctx: unknown, createData: unknown) => object): void;
}
