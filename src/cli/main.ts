import { readdirSync, readFileSync, statSync } from 'node:fs';
import { run } from './run';
import type { CliIO } from './io';

const io: CliIO = {
  readFile: (p) => readFileSync(p),
  stat: (p) => {
    try {
      const s = statSync(p);
      return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
    } catch {
      return undefined;
    }
  },
  readDir: (p) => readdirSync(p),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  now: () => new Date(),
};

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.exitCode = 2;
  },
);
