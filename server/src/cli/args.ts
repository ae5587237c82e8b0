// A tiny argv reader: --name value, --name=value, and positional arguments.
export interface ParsedArgs {
  options: Map<string, string[]>;
  positional: string[];
}

export function parseArgs(argv: string[], valued: readonly string[]): ParsedArgs {
  const options = new Map<string, string[]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      let value = eq > 0 ? arg.slice(eq + 1) : 'true';
      if (eq < 0 && valued.includes(name)) {
        if (i + 1 >= argv.length) throw new Error(`--${name} needs a value`);
        value = argv[++i];
      }
      options.set(name, [...(options.get(name) ?? []), value]);
    } else positional.push(arg);
  }
  return { options, positional };
}
