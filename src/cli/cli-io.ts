import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config';

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

/** What a tool that works on one backup file of the embedded store was asked: the file, the store, its one flag. */
export interface FileCommand {
  /** The FILE argument, resolved against the user's folder. */
  file: string;
  /** DATA_DIR's store, as the server uses it. */
  sqliteFile: string;
  flag: boolean;
}

/**
 * `<tool> [--<flag>] FILE`, with --help: the parsed command, or the exit code when there is nothing more to do
 * (0 after the usage text, 2 on a usage or configuration error).
 */
export function parseFileCommand(argv: string[], io: CliIo, name: string, usage: string, flag: string): FileCommand | number {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { help: { type: 'boolean', short: 'h' }, [flag]: { type: 'boolean' } },
    }));
  } catch (error) {
    return usageError(io, name, (error as Error).message);
  }
  if (values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (positionals.length !== 1) return usageError(io, name, 'name one backup FILE');
  try {
    return { file: path.resolve(io.cwd, positionals[0] as string), sqliteFile: loadConfig(io.env).sqliteFile, flag: values[flag] === true };
  } catch (error) {
    if (error instanceof ConfigError) return usageError(io, name, `configuration: ${error.message}`);
    throw error;
  }
}
