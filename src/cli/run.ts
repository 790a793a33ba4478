import { stringify } from 'yaml';
import { Analyzer, exportWorkspace, parseInstant } from '../core';
import type { Analysis } from '../core';
import { parseArgs, UsageError } from './args';
import { formatCheck } from './format-check';
import { formatHosts } from './format-hosts';
import { HELP, VERSION } from './help';
import type { CliIO } from './io';
import { readInputs } from './read-inputs';
import type { InputFile } from './read-inputs';

const commands = ['status', 'check', 'hosts', 'sni', 'export'] as const;
type Command = (typeof commands)[number];

const outputs: Record<Command, readonly string[]> = {
  status: ['json', 'yaml'],
  check: ['text', 'json'],
  hosts: ['table', 'json'],
  sni: ['text', 'json'],
  export: [],
};

/**
 * Commands that take `--at`: those whose answer depends on when certificates are judged, and
 * `status`, which does not (conditions do not depend on expiry) but takes the same flags.
 */
const timed: readonly Command[] = ['status', 'check', 'hosts', 'sni'];

function json(v: unknown): string {
  return `${JSON.stringify(v, null, 2)}\n`;
}

/** Runs `gwtls argv` and returns its exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`gwtls: ${e.message}\nRun 'gwtls --help' for usage.\n`);
      return 2;
    }
    io.stderr(`gwtls: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
}

async function runCommand(argv: readonly string[], io: CliIO): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    io.stdout(`${HELP.main}\n`);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  if (!(commands as readonly string[]).includes(first))
    throw new UsageError(`unknown command "${first}"`);
  const command = first as Command;
  const valued = [
    'namespace',
    ...(outputs[command].length ? ['output'] : []),
    ...(command === 'sni' ? ['gateway', 'port', 'host'] : []),
    ...(timed.includes(command) ? ['at'] : []),
  ];
  const args = parseArgs(rest, valued, ['help']);
  if (args.flags.has('help')) {
    io.stdout(`${HELP[command]}\n`);
    return 0;
  }
  const output = args.options.get('output') ?? outputs[command][0];
  if (output !== undefined && !outputs[command].includes(output))
    throw new UsageError(`--output must be one of ${outputs[command].join(', ')}`);
  if (args.positionals.length === 0)
    throw new UsageError(`${command} needs at least one PATH (or - for stdin)`);
  const at = instant(args.options.get('at'), io);

  let sniQuery: { namespace: string; name: string; port: number; host: string } | undefined;
  if (command === 'sni') {
    const gw = args.options.get('gateway');
    const port = args.options.get('port');
    const host = args.options.get('host');
    if (!gw || port === undefined || host === undefined)
      throw new UsageError('sni needs --gateway NS/NAME, --port N and --host HOST');
    const n = Number(port);
    if (!Number.isInteger(n) || n < 1 || n > 65535)
      throw new UsageError('--port must be a number from 1 to 65535');
    const [a, b] = gw.includes('/') ? gw.split('/', 2) : [undefined, gw];
    sniQuery = {
      namespace: a || args.options.get('namespace') || 'default',
      name: b ?? '',
      port: n,
      host,
    };
  }

  const files = await readInputs(io, args.positionals);
  if (command === 'export') {
    if (files.length === 1) io.stdout((files[0] as InputFile).bytes);
    else io.stdout(exportWorkspace(files));
    return 0;
  }
  const analysis = new Analyzer().analyze(
    files.map((f) => ({ path: f.path, text: f.text, invalidUtf8: f.invalidUtf8 })),
    { defaultNamespace: args.options.get('namespace'), now: at },
  );
  const judgedAt = at.toISOString();
  switch (command) {
    case 'status': {
      const list = { apiVersion: 'v1', kind: 'List', items: analysis.status };
      io.stdout(output === 'yaml' ? stringify(list, { aliasDuplicateObjects: false }) : json(list));
      return 0;
    }
    case 'check':
      return check(analysis, output ?? 'text', judgedAt, io);
    case 'hosts':
      io.stdout(
        output === 'json'
          ? json({ at: judgedAt, ...analysis.serving })
          : `${formatHosts(analysis.serving)}\n`,
      );
      return 0;
    case 'sni': {
      const q = sniQuery as NonNullable<typeof sniQuery>;
      const answer = analysis.sni({ namespace: q.namespace, name: q.name }, q.port, q.host);
      if (!answer) {
        const msg = `Gateway ${q.namespace}/${q.name} is not in the input.`;
        if (output === 'json')
          io.stdout(
            json({
              at: judgedAt,
              gateway: { namespace: q.namespace, name: q.name },
              port: q.port,
              host: q.host,
              listener: null,
              certificates: [],
              trace: [],
              summary: msg,
            }),
          );
        else io.stdout(`${msg}\n`);
        return 0;
      }
      if (output === 'json') io.stdout(json({ at: judgedAt, ...answer }));
      else {
        const { state } = answer;
        const lines = [
          answer.summary,
          ...(state.level === 'ok'
            ? []
            : [
                `${state.level === 'error' ? 'Error' : 'Warning'} ${state.reason}: ${state.message}`,
              ]),
          '',
          'Listeners considered (most specific first):',
        ];
        for (const t of answer.trace)
          lines.push(
            `  ${t.verdict.padEnd(9)} ${t.owner.kind} ${t.owner.namespace}/${t.owner.name} listener "${t.listener}" (${t.hostname}): ${t.message}`,
          );
        if (answer.trace.length === 0) lines.push('  (none)');
        io.stdout(`${lines.join('\n')}\n`);
      }
      return 0;
    }
  }
}

/** The instant certificates are judged at: `--at`, else the clock. */
function instant(at: string | undefined, io: CliIO): Date {
  const now = io.now();
  if (at === undefined) return now;
  const t = parseInstant(at, now);
  if (!t)
    throw new UsageError(
      `--at must be an RFC 3339 instant (2027-03-01T00:00:00Z) or a span from now (+30d, +12h, -1w); got "${at}"`,
    );
  return t;
}

function check(analysis: Analysis, output: string, at: string, io: CliIO): number {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (output === 'json') io.stdout(json({ at, diagnostics: analysis.diagnostics, errors }));
  else if (analysis.diagnostics.length) io.stdout(`${formatCheck(analysis.diagnostics)}\n`);
  return errors > 0 ? 1 : 0;
}
