/** What a command-line tool writes to and reads from, so that tests run it in-process. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Folder relative paths are taken from (npm run starts in the package folder; INIT_CWD is the user's). */
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** The process's own streams, folder and environment. */
export const processIo = (): CliIo => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  cwd: process.env.INIT_CWD ?? process.cwd(),
  env: process.env,
});

/** Runs a tool as the process's main: its answer is the exit code; a throw is a failure (1) with its message. */
export function runAsMain(name: string, run: (argv: string[], io: CliIo) => Promise<number>): void {
  run(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/** A usage error: the message, where to find the usage, exit code 2. */
export function usageError(io: CliIo, name: string, message: string): number {
  io.err(`${name}: ${message}\n(npm run ${name} -- --help for usage)\n`);
  return 2;
}
