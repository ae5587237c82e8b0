// arabic-news-annotator: the engine without VS Code. Each verb lives in its own module.
import { runAnalyze } from './analyze';
import { runEval } from './eval';

const USAGE = `usage: arabic-news-annotator <verb> [options]

verbs:
  analyze [--dct YYYY-MM-DD[THH:MM]] [--min-confidence N] [FILE|-]
      print the suggestions for one article as JSON (UTF-16 offsets)
  eval --gold FILE [--gold FILE...] [--models DIR] [--article-sentences N] [--min-confidence N]
      tag CoNLL files with the shipped model and print precision, recall and F1
`;

async function main(argv: string[]): Promise<number> {
  const [verb, ...rest] = argv;
  switch (verb) {
    case 'analyze':
      return runAnalyze(rest, process.stdout, process.stderr);
    case 'eval':
      return runEval(rest, process.stdout);
    case undefined:
    case '-h':
    case '--help':
    case 'help':
      process.stdout.write(USAGE);
      return verb === undefined ? 2 : 0;
    default:
      process.stderr.write(`arabic-news-annotator: unknown verb "${verb}"\n\n${USAGE}`);
      return 2;
  }
}

// `... | head` closes the pipe before all is written: the reader has what it wanted, so stop quietly
// instead of dying on EPIPE with a stack trace
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`arabic-news-annotator: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
