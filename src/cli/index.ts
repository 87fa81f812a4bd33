/**
 * The `papermeta` command line: `parse`, `query`, `stats`, `eval` (design.md, "CLI contract").
 *
 * Data goes to stdout only; progress, issues and summaries go to stderr. Exit codes: 0 ok,
 * 1 the input had problems (reported on stderr, good records still written), 2 usage error.
 *
 * @module
 */
import { realpathSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import pkg from '../../package.json' with { type: 'json' }
import { EXIT_INPUT, EXIT_USAGE, UsageError, type Io } from './io.js'

const FORMATS = ['auto', 'hf-text', 'hf-api', 'arxiv-atom', 'arxiv-oai', 'jsonl'] as const

function integer(name: string, minimum: number) {
  return (value: string): number => {
    const number = Number(value)
    if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(number) || number < minimum) {
      throw new InvalidArgumentError(`Expected an integer >= ${minimum} for ${name}, not \`${value}\`.`)
    }
    return number
  }
}

const EXAMPLES_PARSE = `
Formats (--format, default auto: detected from the content):
  hf-text     the text of a copied Hugging Face Papers page
  hf-api      Hugging Face Papers API JSON (daily_papers arrays, paper objects)
  arxiv-atom  arXiv API responses (Atom XML)
  arxiv-oai   the arXiv metadata snapshot (JSON Lines; streamed in constant memory)
  jsonl       JSON Lines (or a JSON array) of objects with title and abstract

Issues go to stderr as FILE:LINE:COLUMN: severity: message [code]. A progress bar is
drawn on stderr when it is a terminal and the input is 1 MiB or more.

Exit codes: 0 ok, 1 the input had problems (good records still written), 2 usage error.

Examples:
  $ papermeta parse page.txt > papers.json
  $ papermeta parse 2025-07-18.json --output csv --out papers.csv
  $ curl -s 'https://huggingface.co/api/daily_papers' | papermeta parse --output jsonl
  $ papermeta parse arxiv-metadata-oai-snapshot.json --records --output jsonl | head`

const EXAMPLES_QUERY = `
Filters combine (all must hold); --search ranks what is left, best first.

Examples:
  $ papermeta query --method lora --output table
  $ papermeta query --has-code --search "adaptive pruning" --limit 5
  $ papermeta parse page.txt --out mine.json && papermeta query --data mine.json --has-code
  $ papermeta parse page.txt | papermeta query --data - --method lora --output table`

/**
 * Build the command line program (commander), writing to `io`.
 *
 * @param io - Where output goes (the process's streams by default).
 * @param exit - Receives each command's exit code.
 */
export function createProgram(io: Io, exit: (code: number) => void): Command {
  const program = new Command('papermeta')
  program
    .description('Typed metadata from ML paper listings: coined method names, quantities with units, code links.')
    .version(pkg.version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) })

  program
    .command('parse')
    .summary('parse listings into Paper records')
    .description('Parse listing files (or stdin) into Paper records: titles, abstracts, coined method names, links, code status, quantities.')
    .argument('[files...]', 'listing files; `-` or none reads stdin')
    .addOption(new Option('-f, --format <format>', 'input format').choices(FORMATS).default('auto'))
    .addOption(new Option('-o, --output <type>', 'output format').choices(['json', 'jsonl', 'csv']).default('json'))
    .option('--out <file>', 'write to FILE instead of stdout')
    .option('--records', 'write the listing records as read, without extraction (faster)')
    .option('--no-progress', 'never draw a progress bar')
    .option('--max-issues <n>', 'print at most N issues, 0 for all', integer('--max-issues', 0), 100)
    .addHelpText('after', EXAMPLES_PARSE)
    .action(async (files: string[], options) => {
      const { parseCommand } = await import('./parse.js')
      exit(await parseCommand(files, options, io))
    })

  program
    .command('query')
    .summary('filter and search Paper records')
    .description('Filter and search Paper records: the bundled dataset, or a file written by `papermeta parse`.')
    .option('--data <file>', 'papers to query (JSON array or JSON Lines of Paper records; `-` reads stdin); default: the bundled dataset')
    .option('--method <text>', 'method or coined name contains TEXT (case-insensitive)')
    .option('--has-code', 'code is available')
    .option('--search <text>', 'rank by words in title, method and abstract')
    .option('--limit <n>', 'at most N papers', integer('--limit', 1))
    .addOption(new Option('-o, --output <type>', 'output format').choices(['json', 'jsonl', 'csv', 'table']).default('json'))
    .addHelpText('after', EXAMPLES_QUERY)
    .action(async (options) => {
      const { queryCommand } = await import('./query.js')
      exit(await queryCommand(options, io))
    })

  program
    .command('stats')
    .summary('count what a set of papers holds')
    .description('Count papers, method names, code status, links by kind, quantities by unit, curated claims and years.')
    .option('--data <file>', 'papers to count (`-` reads stdin); default: the bundled dataset')
    .addOption(new Option('-o, --output <type>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options) => {
      const { statsCommand } = await import('./query.js')
      exit(await statsCommand(options, io))
    })

  program
    .command('eval')
    .summary('score papers against a gold annotation')
    .description('Score papers against a gold annotation (JSON Lines, gold/GUIDELINE.md) with the metrics of gold/score.mjs; optionally also the SDU-21 acronym set and the HF repo mentions, with one summary table.')
    .requiredOption('--gold <file>', 'gold annotation (JSON Lines)')
    .option('--data <file>', 'predicted papers (JSON array or JSON Lines; `-` reads stdin); default: the bundled dataset')
    .option('--sdu <file>', 'also score extractAbbreviations on an SDU@AAAI-21 acronym file (JSON: [{ id, tokens, labels }])')
    .option('--hf-sample <file>', 'also score extractLinks on HF daily papers whose abstract mentions their repo (JSON Lines)')
    .option('--json', 'print the JSON report instead of the tables')
    .option('--report <file>', 'also write the full JSON report (summary and every suite) to a file')
    .action(async (options) => {
      const { evalCommand } = await import('./eval.js')
      exit(await evalCommand(options, io))
    })

  return program
}

/**
 * Run the command line on `argv` (as `process.argv`: node, script, arguments…).
 *
 * @returns The exit code: 0 ok, 1 input problems, 2 usage error.
 */
export async function main(argv: readonly string[] = process.argv, io: Io = process): Promise<number> {
  let code = 0
  const program = createProgram(io, (value) => {
    code = value
  })
  if (argv.length <= 2) {
    program.outputHelp({ error: true })
    return EXIT_USAGE
  }
  try {
    await program.parseAsync([...argv])
    return code
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0 ? 0 : EXIT_USAGE
    }
    if (error instanceof UsageError) {
      io.stderr.write(`papermeta: error: ${error.message}\n`)
      return EXIT_USAGE
    }
    if (error instanceof Error && error.name === 'DataError') {
      io.stderr.write(`papermeta: error: ${error.message}\n`)
      return EXIT_INPUT
    }
    io.stderr.write(`papermeta: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return EXIT_INPUT
  }
}

// Run when executed (dist/cli.js, or the `papermeta` bin link to it), not when imported.
function isMain(): boolean {
  const script = process.argv[1]
  if (script === undefined) return false
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href
  } catch {
    return false
  }
}
if (isMain()) {
  void main().then((code) => {
    process.exitCode = code
  })
}
