/** What the CLI needs from the outside world; `main.ts` wires Node, tests pass fakes. */
export interface CliIO {
  /** Reads a file; throws when it cannot. */
  readFile(path: string): Uint8Array;
  /** `file`, `dir`, or undefined when the path does not exist. */
  stat(path: string): 'file' | 'dir' | undefined;
  /** Entries (names) of a directory. */
  readDir(path: string): string[];
  readStdin(): Promise<Uint8Array>;
  stdout(text: string | Uint8Array): void;
  stderr(text: string): void;
  now(): Date;
}
