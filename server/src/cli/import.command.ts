import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CaseFileFormat } from '../modules/case/case.enums.js';
import type { LineError } from '../modules/case/case-file.js';
import type { ImportProgress } from '../modules/case/case-import.js';
import { openCliDatabase } from './database.js';
import { CliError, type CliIO } from './io.js';

const FORMAT_HELP = `
Columns (CSV header) or keys (JSON Lines), every one required but text, mediaUrl and sensitivityTags:
  source          the system the case comes from; with externalId, the case's identity
  externalId      its id there: importing the same source and externalId again updates the case
  market          a market code, e.g. it-IT
  queue           e.g. user-reports
  contentType     TEXT (needs text) | IMAGE | VIDEO (need an http(s) mediaUrl or a /path on this server)
  text            the text, or a caption
  mediaUrl        an http:// or https:// URL, or a path on this server such as /demo-media/kitten.png
  sensitivityTags e.g. graphic|minor in CSV, ["graphic","minor"] in JSON Lines
  policy          a policy key, e.g. hate-speech
  policyVersion   a published or retired version number of that policy
  decision        a label key of that version's taxonomy
  moderatorEmail  the deciding user, who must be in a team (the case's team is theirs)
  decidedAt       ISO 8601 with a zone, e.g. 2026-03-01T14:05:00Z

The database: DATABASE_URL, or else the embedded one in DATA_DIR (the one \`pnpm start\`
is running, if it is). Through GraphQL (importCases), a request is limited to MAX_BODY
(1mb by default, a few thousand rows): use this command for larger files.
Exit codes: 0 imported, 2 bad lines or usage (nothing written), 1 database unreachable.
`;

interface ImportCasesOptions {
  format?: string;
  dryRun?: boolean;
  maxErrors: string;
}

/**
 * Registers `import cases FILE [--format csv|jsonl] [--dry-run] [--max-errors N]`:
 * checks every line of a case file, and imports it only if all are good (upserting by
 * source and externalId), into DATABASE_URL or the embedded database in DATA_DIR
 * (the running one, if `pnpm start` is up). Bad lines are listed on stderr and the
 * command exits with 2, having written nothing.
 */
export function registerImportCommand(program: Command, io: CliIO, env: NodeJS.ProcessEnv = process.env): Command {
  const command = program.command('import').description('import data into the Concord database');
  command
    .command('cases')
    .description(
      'import cases from a CSV or JSON Lines file; every line is checked first, and any bad line rejects the file',
    )
    .argument('<file>', 'a .csv or .jsonl (.ndjson) file')
    .option('--format <format>', 'csv or jsonl; by default from the file name')
    .option('--dry-run', 'check every line and count what would change, but write nothing')
    .option('--max-errors <n>', 'print at most this many bad lines (0: all)', '100')
    .addHelpText('after', FORMAT_HELP)
    .action(async (file: string, options: ImportCasesOptions) => {
      await importCases(file, options, io, env);
    });
  return command;
}

async function importCases(file: string, options: ImportCasesOptions, io: CliIO, env: NodeJS.ProcessEnv) {
  // The server's modules load only when this command runs, so other commands start fast.
  await import('reflect-metadata');
  const { formatOfFileName, parseCaseFile } = await import('../modules/case/case-file.js');
  const { CaseFileRejected, importCaseRows } = await import('../modules/case/case-import.js');
  const format = formatOf(file, options.format, formatOfFileName);
  const maxErrors = Number(options.maxErrors);
  if (!Number.isInteger(maxErrors) || maxErrors < 0)
    throw new CliError('--max-errors must be a whole number, 0 or more');
  let content: string;
  try {
    content = await io.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read "${file}": ${(error as Error).message}`);
  }

  const started = performance.now();
  const parsed = parseCaseFile(content, format);
  const badLines = new Set(parsed.errors.map((e) => e.line)).size;
  io.stderr(
    `${file}: ${parsed.rows.length} rows pass the format checks${badLines ? `, ${badLines} lines do not` : ''}\n`,
  );

  const { db } = await openCliDatabase(io, env);
  const bar = new SingleBar(
    { format: '{phase} |{bar}| {value}/{total} rows', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | null = null;
  const phaseStarted: Partial<Record<ImportProgress['phase'], number>> = {};
  const onProgress = (progress: ImportProgress) => {
    const label =
      progress.phase === 'check'
        ? 'checking references'
        : options.dryRun
          ? 'trying (dry run)  '
          : 'writing            ';
    if (phase !== progress.phase) {
      if (phase !== null) bar.stop();
      bar.start(progress.total, progress.done, { phase: label });
      phase = progress.phase;
      phaseStarted[phase] = performance.now();
    } else bar.update(progress.done);
  };
  try {
    const report = await importCaseRows(db.orm.em.fork() as EntityManager, parsed.rows, {
      onProgress,
      dryRun: options.dryRun ?? false,
      fileErrors: parsed.errors,
    });
    bar.stop();
    const ended = performance.now();
    const seconds = (ended - started) / 1000;
    const rate = Math.round(report.rows / Math.max(seconds, 0.001));
    const phases = phaseStarted.write
      ? ` (read and checked in ${((phaseStarted.write - started) / 1000).toFixed(1)} s, written in ${((ended - phaseStarted.write) / 1000).toFixed(1)} s)`
      : '';
    io.stdout(
      `${report.dryRun ? 'Dry run, nothing written: would create' : 'Imported: created'} ${report.created}, ` +
        `${report.dryRun ? 'update' : 'updated'} ${report.updated}, unchanged ${report.unchanged} ` +
        `of ${report.rows} rows in ${seconds.toFixed(1)} s, ${rate} rows/s${phases}\n`,
    );
  } catch (error) {
    bar.stop();
    if (error instanceof CaseFileRejected) reject(file, error.lineErrors, maxErrors, io);
    throw error;
  } finally {
    await db.close();
  }
}

function formatOf(
  file: string,
  option: string | undefined,
  fromName: (name: string) => CaseFileFormat | null,
): CaseFileFormat {
  if (option !== undefined) {
    const format = option.toUpperCase();
    if (format === 'CSV' || format === 'JSONL') return format as CaseFileFormat;
    throw new CliError(`--format must be csv or jsonl, not "${option}"`);
  }
  const format = fromName(file);
  if (!format)
    throw new CliError(`cannot tell the format of "${file}" from its name: add --format csv or --format jsonl`);
  return format;
}

/** Lists the bad lines on stderr and fails with exit code 2; nothing was written. */
function reject(file: string, errors: LineError[], maxErrors: number, io: CliIO): never {
  const shown = maxErrors === 0 ? errors : errors.slice(0, maxErrors);
  for (const e of shown) io.stderr(`${file}:${e.line}: ${e.message}\n`);
  if (shown.length < errors.length) {
    io.stderr(`… and ${errors.length - shown.length} more problems (--max-errors 0 lists them all)\n`);
  }
  const badLines = new Set(errors.map((e) => e.line)).size;
  throw new CliError(`${file} has ${badLines} bad line${badLines === 1 ? '' : 's'}: nothing was imported`, 2);
}
