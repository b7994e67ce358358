import { type ParseArgsConfig, parseArgs } from 'node:util';

/**
 * The options of a command-line script or bench, read with Node's `parseArgs`: `--help` (or `-h`)
 * prints the usage and exits 0; an unknown or malformed option is its one-line message and the usage
 * on stderr, exit code 2, never a stack trace.
 */
export function cliArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  const args = config.args ?? process.argv.slice(2);
  if (args.some((a) => a === '--help' || a === '-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs(config);
  } catch (err) {
    console.error(`${(err as Error).message}\n${usage}`);
    process.exit(2);
  }
}
