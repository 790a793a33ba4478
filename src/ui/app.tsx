/** Placeholder until the editor lands: says what the tool is and how to use the CLI today. */
export function App() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '3rem auto', lineHeight: 1.5 }}>
      <h1>Gateway TLS Designer</h1>
      <p>
        The visual editor is being built. The resolver core already runs in the <code>gwtls</code> command line tool:
      </p>
      <pre>npm run --silent gwtls -- hosts path/to/manifests/</pre>
    </main>
  );
}
