import { performance } from 'node:perf_hooks';
import type { Command } from 'commander';
import type { EntityManager } from '@mikro-orm/postgresql';
import { openCliDatabase } from './database.js';
import { CliError, type CliIO } from './io.js';

const ADMIN_HELP = `
Adds an admin and prints their one-time link to choose a password: the way into a new
organisation (an empty database, SEED_DEMO=false), or back in when no admin can sign in.
The market is made if it does not exist yet (with --time-zone). The link opens PUBLIC_URL
(http://localhost:PORT unless set) and expires after INVITATION_TTL_HOURS.
Exit codes: 0 added; 2 bad input (not an email, the email is taken, a bad market or zone);
1 database unreachable.
`;

const IMPORT_HELP = `
A CSV file with a header row; columns email, name, role, market, and optionally team,
languages and other_markets (lists separated by |):
  email,name,role,market,team,languages
  giulia@lumen.example,Giulia Rossi,MODERATOR,it-IT,Lumen Milan,it|en
Every line is checked first, with the rights of --as (an admin, or a vendor's QA manager
for their own vendor's teams, in roles up to their own): any bad line and nobody is
invited. Each person gets an invitation mail (SMTP_URL, or the mail folder in DATA_DIR).
Exit codes: 0 invited; 2 bad lines or usage (nothing written); 1 database unreachable.
`;

type AdminOptions = { email: string; name: string; market: string; timeZone?: string };
type ImportOptions = { as: string; dryRun?: boolean; maxErrors: string };

/** Registers `users create-admin` and `users import FILE`. */
export function registerUsersCommand(program: Command, io: CliIO, env: NodeJS.ProcessEnv = process.env): Command {
  const command = program.command('users').description('people: the first admin, and people from a file');
  command
    .command('create-admin')
    .description('add an admin and print their one-time link to choose a password')
    .requiredOption('--email <email>', 'their email')
    .requiredOption('--name <name>', 'their name')
    .requiredOption('--market <code>', 'their market, e.g. en-GB (made if new)')
    .option('--time-zone <zone>', 'a new market’s IANA time zone, e.g. Europe/London', 'UTC')
    .addHelpText('after', ADMIN_HELP)
    .action(async (options: AdminOptions) => createAdminCommand(options, io, env));
  command
    .command('import')
    .description('invite everyone of a CSV file; every line is checked first, and any bad line rejects the file')
    .argument('<file>', 'a .csv file')
    .requiredOption('--as <email>', 'whose rights the import uses: an admin, or a vendor’s QA manager')
    .option('--dry-run', 'check every line, but invite nobody')
    .option('--max-errors <n>', 'print at most this many bad lines (0: all)', '100')
    .addHelpText('after', IMPORT_HELP)
    .action(async (file: string, options: ImportOptions) => importCommand(file, options, io, env));
  return command;
}

async function inviteDeps(config: import('../config.js').Config) {
  const { DEFAULT_PASSWORD_COST } = await import('../modules/identity/password.js');
  return {
    passwordCost: DEFAULT_PASSWORD_COST,
    publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
    invitationTtlMs: config.INVITATION_TTL_HOURS * 3_600_000,
  };
}

async function createAdminCommand(options: AdminOptions, io: CliIO, env: NodeJS.ProcessEnv) {
  await import('reflect-metadata');
  const { DomainError } = await import('../app/errors.js');
  const { createAdmin } = await import('../modules/people/first-admin.js');
  const { config, db } = await openCliDatabase(io, env);
  try {
    const made = await createAdmin(db.orm.em.fork() as EntityManager, await inviteDeps(config), {
      email: options.email,
      name: options.name,
      market: options.market,
      timeZone: options.timeZone,
    });
    if (made.market.made) io.stderr(`Made the market ${made.market.code}.\n`);
    io.stderr(
      `Added ${made.user.name} <${made.user.email}> as an admin. Their one-time link, until ${made.expiresAt.toISOString()}:\n`,
    );
    io.stdout(`${made.link}\n`);
  } catch (error) {
    if (error instanceof DomainError) throw new CliError(error.message, 2);
    throw error;
  } finally {
    await db.close();
  }
}

async function importCommand(file: string, options: ImportOptions, io: CliIO, env: NodeJS.ProcessEnv) {
  await import('reflect-metadata');
  const { DomainError } = await import('../app/errors.js');
  const { User } = await import('../modules/identity/user.entity.js');
  const { viewerOf } = await import('../modules/shared/viewer.js');
  const { adminKind } = await import('../modules/people/placement.js');
  const { AuditTrail } = await import('../modules/shared/audit-log/audit-trail.js');
  const { importPeople, PeopleFileRejected } = await import('../modules/people/user-import.js');
  const maxErrors = Number(options.maxErrors);
  if (!Number.isInteger(maxErrors) || maxErrors < 0)
    throw new CliError('--max-errors must be a whole number, 0 or more');
  let content: string;
  try {
    content = await io.readFile(file);
  } catch (error) {
    throw new CliError(`cannot read "${file}": ${(error as Error).message}`);
  }
  const { config, db } = await openCliDatabase(io, env);
  const started = performance.now();
  try {
    const em = db.orm.em.fork() as EntityManager;
    const as = await em.findOne(
      User,
      { email: options.as.trim().toLowerCase(), active: true },
      { populate: ['market', 'team.vendor', 'team.lead'] },
    );
    const kind = as && adminKind(viewerOf(as));
    if (!as || !kind)
      throw new CliError(`--as must be the email of an active admin or vendor QA manager, not "${options.as}"`);
    const report = await importPeople(em, {
      viewer: viewerOf(as),
      kind,
      content,
      dryRun: options.dryRun ?? false,
      deps: await inviteDeps(config),
      trail: new AuditTrail(em, viewerOf(as), 'command line'),
      onProgress: ({ phase, done, total }) =>
        io.stderr(`${phase === 'check' ? 'checked' : 'invited'} ${done}/${total}\n`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    io.stdout(
      report.dryRun
        ? `Dry run: all ${report.checked} people pass every check; nobody was invited (${seconds} s).\n`
        : `Invited ${report.invited} people in ${seconds} s; their mail is on its way.\n`,
    );
  } catch (error) {
    if (error instanceof PeopleFileRejected) {
      const errors = error.lineErrors;
      const shown = maxErrors === 0 ? errors : errors.slice(0, maxErrors);
      for (const e of shown) io.stderr(`${file}:${e.line}: ${e.field ? `${e.field}: ` : ''}${e.message}\n`);
      if (shown.length < errors.length)
        io.stderr(`… and ${errors.length - shown.length} more problems (--max-errors 0 lists them all)\n`);
      const badLines = new Set(errors.map((e) => e.line)).size;
      throw new CliError(`${file} has ${badLines} bad line${badLines === 1 ? '' : 's'}: nobody was invited`, 2);
    }
    if (error instanceof DomainError) throw new CliError(error.message, 2);
    throw error;
  } finally {
    await db.close();
  }
}
