import type { EntityManager } from '@mikro-orm/postgresql';
import { isEmail } from 'class-validator';
import { Market } from '../identity/market.entity.js';
import { Role } from '../identity/role.js';
import { Team } from '../identity/team.entity.js';
import { User } from '../identity/user.entity.js';
import type { AuditTrail } from '../shared/audit-log/audit-trail.js';
import { DomainError } from '../shared/errors.js';
import { FileRejected, type LineError, readCsvRecords, sortLineErrors } from '../shared/csv-file.js';
import { retryingTransaction } from '../shared/transaction.js';
import { isLanguageTag } from '../shared/validators.js';
import type { Viewer } from '../shared/viewer.js';
import { addInvited, type InviteDeps, type NewPerson } from './invite-core.js';
import { peopleError } from './people.errors.js';
import { type AdminKind, checkPlacement } from './placement.js';

/**
 * A people file: CSV with a header row. `team` is a team's name in the person's market
 * (none for admins and policy owners); `languages` and `other_markets` are lists separated
 * by `|` (BCP 47 tags; market codes).
 */
export const PEOPLE_FIELDS = ['email', 'name', 'role', 'market', 'team', 'languages', 'other_markets'] as const;
type PeopleField = (typeof PEOPLE_FIELDS)[number];
const OPTIONAL = new Set<PeopleField>(['team', 'languages', 'other_markets']);

/** Rows a file may have: a whole vendor site, not a database load. */
export const MAX_PEOPLE_ROWS = 5_000;

export type PeopleImportProgress = { phase: 'check' | 'write'; done: number; total: number };

export class PeopleFileRejected extends FileRejected {
  constructor(lineErrors: LineError[]) {
    super(lineErrors, (values) => peopleError.details('FILE_HAS_BAD_LINES', values), 'imported');
  }
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split('|')
    .map((item) => item.trim())
    .filter(Boolean);

/**
 * Checks a whole people file against the database and the importer's rights (the same rules
 * as inviting one person) and, when no line is bad and it is not a dry run, invites every
 * person in one transaction: a bad line writes nothing, and each problem names its line.
 */
export async function importPeople(
  em: EntityManager,
  args: {
    viewer: Viewer;
    kind: AdminKind;
    content: string;
    deps: InviteDeps;
    trail: AuditTrail;
    dryRun?: boolean;
    onProgress?: (progress: PeopleImportProgress) => void;
  },
) {
  const errors: LineError[] = [];
  const records = readCsvRecords(args.content, PEOPLE_FIELDS, OPTIONAL, errors);
  if (records.length > MAX_PEOPLE_ROWS) {
    throw peopleError(
      'BAD_USER_INPUT',
      'FILE_TOO_LARGE',
      `The file has ${records.length} people; import at most ${MAX_PEOPLE_ROWS} at a time.`,
      { rows: records.length, max: MAX_PEOPLE_ROWS },
    );
  }
  if (records.length === 0 && errors.length === 0)
    errors.push({ line: 1, field: null, message: 'the file has no people' });
  const total = records.length;
  args.onProgress?.({ phase: 'check', done: 0, total });

  // Every market, team and existing email the file names, in three queries.
  const codes = new Set(records.flatMap((r) => [r.values.market?.trim() ?? '', ...list(r.values.other_markets)]));
  const markets = new Map(
    (await em.find(Market, { code: { $in: [...codes].filter(Boolean) } })).map((m) => [m.code.toLowerCase(), m]),
  );
  const teamNames = [...new Set(records.map((r) => r.values.team?.trim() ?? '').filter(Boolean))];
  const teams = teamNames.length
    ? await em.find(Team, { name: { $in: teamNames } }, { populate: ['vendor', 'market'] })
    : [];
  const emails = records.map((r) => r.values.email?.trim().toLowerCase() ?? '').filter(Boolean);
  const taken = new Set(
    (await em.find(User, { email: { $in: emails } }, { fields: ['email'] })).map((user) => user.email),
  );

  const people: NewPerson[] = [];
  const firstLine = new Map<string, number>();
  for (const { line, values } of records) {
    const bad = (field: PeopleField | null, message: string) => errors.push({ line, field, message });
    if (Object.keys(values).length === 0) continue; // its width was already reported
    const email = values.email!.trim().toLowerCase();
    const name = values.name!.trim();
    const role = values.role!.trim().toUpperCase() as Role;
    const market = markets.get(values.market!.trim().toLowerCase());
    const teamName = values.team?.trim() ?? '';
    const team = teamName ? teams.find((t) => t.name === teamName && t.market.id === market?.id) : null;
    const languages = list(values.languages);
    const others = list(values.other_markets).map((code) => [code, markets.get(code.toLowerCase())] as const);
    const before = errors.length;
    if (!isEmail(email) || email.length > 320) bad('email', `"${values.email}" is not an email address`);
    else if (taken.has(email)) bad('email', `someone already has the email ${email}`);
    else if (firstLine.has(email)) bad('email', `${email} is also on line ${firstLine.get(email)}: each person once`);
    else firstLine.set(email, line);
    if (!/\S/.test(name) || name.length > 200) bad('name', 'the name must be 1 to 200 characters, not blank');
    if (!Object.values(Role).includes(role)) {
      bad('role', `"${values.role}" is not a role (${Object.values(Role).join(', ')})`);
    }
    if (!market) bad('market', `there is no market "${values.market}"`);
    if (market && teamName && !team) bad('team', `there is no team "${teamName}" in ${market.code}`);
    for (const tag of languages.filter((t) => !isLanguageTag(t))) bad('languages', `"${tag}" is not a language tag`);
    for (const [code] of others.filter(([, m]) => !m)) bad('other_markets', `there is no market "${code}"`);
    if (errors.length > before || !market) continue;
    try {
      checkPlacement(args.viewer, args.kind, role, market, team ?? null);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      bad(null, error.message);
      continue;
    }
    const otherMarkets = others.map(([, m]) => m!).filter((m) => m.id !== market.id);
    people.push({
      email,
      name,
      role,
      market,
      team: team ?? null,
      others: [...new Set(otherMarkets)],
      languages: languages.length ? [...new Set(Intl.getCanonicalLocales(languages))] : [],
    });
  }
  if (errors.length > 0) throw new PeopleFileRejected(sortLineErrors(errors));
  args.onProgress?.({ phase: 'check', done: total, total });
  if (args.dryRun) return { checked: total, invited: 0, dryRun: true };

  await retryingTransaction(em, async (tx) => {
    args.onProgress?.({ phase: 'write', done: 0, total });
    for (const [i, person] of people.entries()) {
      await addInvited(tx, args.deps, args.trail, person, { invitedBy: args.viewer.id });
      if ((i + 1) % 100 === 0) {
        await tx.flush();
        args.onProgress?.({ phase: 'write', done: i + 1, total });
      }
    }
    await tx.flush();
  });
  args.onProgress?.({ phase: 'write', done: total, total });
  return { checked: total, invited: total, dryRun: false };
}
