import 'reflect-metadata';
import { SingleBar, Presets } from 'cli-progress';
import type { Command } from 'commander';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openDatabase, StartupError } from '../app/bootstrap.js';
import { ConfigError, loadConfig } from '../config.js';
import { CaseFileFormat } from '../modules/case/case.enums.js';
import { formatOfFileName, parseCaseFile, type LineError } from '../modules/case/case-file.js';
import { CaseFileRejected, importCaseRows, type ImportProgress } from '../modules/case/case-import.js';
import { CliError, type CliIO } from './io.js';

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
    .description('import cases from a CSV or JSON Lines file (see the columns in docs: README, "Importing cases")')
    .argument('<file>', 'a .csv or .jsonl (.ndjson) file')
    .option('--format <format>', 'csv or jsonl; by default from the file name')
    .option('--dry-run', 'check every line and count what would change, but write nothing')
    .option('--max-errors <n>', 'print at most this many bad lines (0: all)', '100')
    .action(async (file: string, options: ImportCasesOptions) => {
      await importCases(file, options, io, env);
    });
  return command;
}

async function importCases(file: string, options: ImportCasesOptions, io: CliIO, env: NodeJS.ProcessEnv) {
  const format = formatOf(file, options.format);
  const maxErrors = Number(options.maxErrors);
  if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new CliError('--max-errors must be a whole number, 0 or more');
  let content: string;
  try {
    content = await io.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read "${file}": ${(error as Error).message}`);
  }

  const started = performance.now();
  // Lines are checked before the database is opened: a bad file fails fast.
  const parsed = parseCaseFile(content, format);
  if (parsed.errors.length > 0) reject(file, parsed.errors, maxErrors, io);
  io.stderr(`${file}: ${parsed.rows.length} rows read and checked\n`);

  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
  const db = await openDatabase(config, { log: (line) => io.stderr(`${line}\n`), useRunningEmbedded: true }).catch(
    (error: unknown) => {
      if (error instanceof StartupError) throw new CliError(error.message, 1);
      throw error;
    },
  );
  const bar = new SingleBar(
    { format: '{phase} |{bar}| {value}/{total} rows', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let phase: ImportProgress['phase'] | null = null;
  const onProgress = (progress: ImportProgress) => {
    const label = progress.phase === 'check' ? 'checking references' : options.dryRun ? 'trying (dry run)  ' : 'writing            ';
    if (phase !== progress.phase) {
      if (phase !== null) bar.stop();
      bar.start(progress.total, progress.done, { phase: label });
      phase = progress.phase;
    } else bar.update(progress.done);
  };
  try {
    const report = await importCaseRows(db.orm.em.fork() as EntityManager, parsed.rows, {
      onProgress,
      dryRun: options.dryRun ?? false,
    });
    bar.stop();
    const seconds = (performance.now() - started) / 1000;
    const rate = Math.round(report.rows / Math.max(seconds, 0.001));
    io.stdout(
      `${report.dryRun ? 'Dry run, nothing written: would create' : 'Imported: created'} ${report.created}, ` +
        `${report.dryRun ? 'update' : 'updated'} ${report.updated}, unchanged ${report.unchanged} ` +
        `of ${report.rows} rows in ${seconds.toFixed(1)} s (${rate} rows/s)\n`,
    );
  } catch (error) {
    bar.stop();
    if (error instanceof CaseFileRejected) reject(file, error.lineErrors, maxErrors, io);
    throw error;
  } finally {
    await db.close();
  }
}

function formatOf(file: string, option: string | undefined): CaseFileFormat {
  if (option !== undefined) {
    const format = option.toUpperCase();
    if (format === 'CSV' || format === 'JSONL') return format as CaseFileFormat;
    throw new CliError(`--format must be csv or jsonl, not "${option}"`);
  }
  const format = formatOfFileName(file);
  if (!format) throw new CliError(`cannot tell the format of "${file}" from its name: add --format csv or --format jsonl`);
  return format;
}

/** Lists the bad lines on stderr and fails with exit code 2; nothing was written. */
function reject(file: string, errors: LineError[], maxErrors: number, io: CliIO): never {
  const shown = maxErrors === 0 ? errors : errors.slice(0, maxErrors);
  for (const e of shown) io.stderr(`${file}:${e.line}: ${e.field ? `${e.field}: ` : ''}${e.message}\n`);
  if (shown.length < errors.length) {
    io.stderr(`… and ${errors.length - shown.length} more problems (--max-errors 0 lists them all)\n`);
  }
  const badLines = new Set(errors.map((e) => e.line)).size;
  throw new CliError(`${file} has ${badLines} bad line${badLines === 1 ? '' : 's'}: nothing was imported`, 2);
}
