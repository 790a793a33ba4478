export const VERSION = '0.1.0';

const at = `  --at TIME         judge certificate validity at TIME instead of now: an RFC 3339
                   instant (2027-03-01T00:00:00Z) or a span from now (+90d, +12h, -1w;
                   units s m h d w). Default: the current time. JSON output names it ("at").`;

const common = `Input: files, directories (recursive *.yaml, *.yml, *.json) or - for stdin.
Options:
  --namespace NS   namespace for objects that name none (default: default)
  -h, --help       show this help`;

export const HELP: Record<string, string> = {
  main: `gwtls ${VERSION} — what a Gateway API controller would compute for your TLS configuration

Usage: gwtls COMMAND PATH... [options]

Commands:
  status   every Gateway API object with its computed status
  check    diagnostics, one per line: file:line:col severity CODE message
  hosts    the serving map: hostname -> listener -> certificate -> routes -> backends
  sni      which listener and certificate answer a hostname on a port
  export   the workspace as YAML, exactly as the app's Export writes it

Certificates are judged at the current time; check, hosts and sni take --at TIME
(for example --at +90d: what will have expired, or be about to, in a quarter).
Run 'gwtls COMMAND --help' for a command's options.
Exit codes: 0 fine; 1 check found errors; 2 unusable input or usage.`,
  status: `Usage: gwtls status PATH... [--output json|yaml]

Prints {"apiVersion":"v1","kind":"List","items":[...]} with one item per Gateway,
ListenerSet, HTTPRoute, GRPCRoute, TLSRoute, TCPRoute and BackendTLSPolicy:
its apiVersion, kind, metadata (name, namespace) and the status a conformant
controller would write.
  --output json|yaml   output format (default json)
  --at TIME            accepted as by check; status does not depend on the time
${common}`,
  check: `Usage: gwtls check PATH... [--output text|json]

Validates the workspace (OpenAPI and CEL rules, references, conflicts, certificates).
Text output: one line per diagnostic, file:line:col severity CODE message.
Exits 1 when any diagnostic is an error.
  --output text|json   output format (default text)
${at}
${common}`,
  hosts: `Usage: gwtls hosts PATH... [--output table|json]

For every Gateway and port: each hostname pattern, the listener that answers it,
the certificates it presents (coverage, expiry), the routes and backends behind it,
and the upstream TLS (BackendTLSPolicy) of each backend.
  --output table|json  output format (default table)
${at}
${common}`,
  sni: `Usage: gwtls sni PATH... --gateway NS/NAME --port N --host HOST [--output text|json]

Which listener answers a TLS ClientHello for HOST on PORT of the Gateway, which
certificates it presents, and a trace of the listeners considered.
An empty --host "" stands for a client that sends no SNI.
  --gateway NS/NAME    the Gateway (NAME alone means namespace default)
  --port N             the port
  --host HOST          the server name
  --output text|json   output format (default text)
${at}
${common}`,
  export: `Usage: gwtls export PATH...

Prints the workspace as YAML: a single file comes back byte for byte; several
files are joined with --- separators.
${common}`,
};
