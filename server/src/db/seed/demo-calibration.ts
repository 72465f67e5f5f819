import type { EntityManager } from '@mikro-orm/postgresql';
import { CalibrationItem } from '../../modules/calibration/calibration-item.entity.js';
import { CalibrationParticipant } from '../../modules/calibration/calibration-participant.entity.js';
import { CalibrationSession } from '../../modules/calibration/calibration-session.entity.js';
import { ItemState, SessionMode, SessionStatus } from '../../modules/calibration/calibration.enums.js';
import { storeSessionResult } from '../../modules/calibration/session-result-store.js';
import { Vote } from '../../modules/calibration/vote.entity.js';
import { contentKey, demoGold } from '../../modules/analytics/demo-gold.js';
import { Case } from '../../modules/case/case.entity.js';
import { Role, TeamKind } from '../../modules/identity/role.js';
import { Team } from '../../modules/identity/team.entity.js';
import { User } from '../../modules/identity/user.entity.js';
import { PolicyVersionStatus } from '../../modules/policy/policy.enums.js';
import { PolicyVersion } from '../../modules/policy/policy-version.entity.js';
import { mulberry32 } from '../../stats/index.js';

/** Extra vendor moderators, so a demo session has several voters per market. */
const VOTERS: Record<string, string[]> = {
  'it-IT': ['Francesca Esposito', 'Matteo Romano', 'Chiara Colombo', 'Alessandro Ricci'],
  'de-DE': ['Lena Schmidt', 'Felix Müller', 'Hannah Fischer', 'Paul Wagner'],
  'ko-KR': ['Lee Ji-woo', 'Park Seo-yeon', 'Choi Do-hyun', 'Jung Ha-eun'],
};

const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');

/**
 * One closed calibration session on the bullying policy with votes from three markets
 * (its result computed as a real close would), and one scheduled session ready to run.
 * Votes are drawn from a seeded generator: most voters choose the gold label, Korean
 * reviewers read one item differently (a market diverging from the others), so the
 * result has something to show.
 */
export async function seedDemoCalibration(tx: EntityManager) {
  const version = await tx.findOne(
    PolicyVersion,
    { policy: { key: 'bullying' }, status: PolicyVersionStatus.PUBLISHED },
    { orderBy: { number: 'desc' } },
  );
  if (!version) return;
  const facilitator = await tx.findOneOrFail(User, { email: 'qa.specialist@concord.demo' });
  const template = await tx.findOneOrFail(User, { email: 'moderator.it@concord.demo' }, { populate: ['passwordHash'] });
  const markets = Object.keys(VOTERS);
  const voters: User[] = [];
  for (const code of markets) {
    const team = await tx.findOneOrFail(Team, { market: { code }, kind: TeamKind.VENDOR }, { populate: ['market'] });
    voters.push(
      await tx.findOneOrFail(User, { email: `moderator.${code.slice(0, 2)}@concord.demo` }, { populate: ['market'] }),
    );
    for (const name of VOTERS[code]!) {
      voters.push(
        tx.create(User, {
          email: `${slug(name)}@concord.demo`,
          name,
          role: Role.MODERATOR,
          market: team.market,
          team,
          passwordHash: template.passwordHash, // the demo password, like every demo user
        }),
      );
    }
  }
  // Thirteen different items (a demo text is decided three times; one copy of each), with
  // the gold every demo session and quiz expects for that content.
  const labels = version.labels.map((l) => l.key);
  const policyCases = await tx.find(
    Case,
    { policy: version.policy },
    { populate: ['market'], orderBy: { decidedAt: 'asc', id: 'asc' } },
  );
  const gold = demoGold(
    policyCases.map((c) => ({
      text: c.text,
      mediaUrl: c.mediaUrl,
      policyVersionId: c.policyVersion.id,
      decision: c.decision,
    })),
    { id: version.id, labels },
  );
  const seen = new Set<string>();
  const cases = policyCases.filter((c) => {
    const key = contentKey(c);
    if (c.policyVersion.id !== version.id || !markets.includes(c.market.code) || !gold.get(key) || seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
  cases.splice(13);
  if (cases.length < 6) return;
  const random = mulberry32(47);
  const day = 86_400_000;

  const closed = tx.create(CalibrationSession, {
    title: 'Bullying calibration — week 46',
    policyVersion: version,
    facilitator,
    mode: SessionMode.BLIND,
    status: SessionStatus.CLOSED,
    scheduledAt: new Date(Date.now() - 7 * day),
    startedAt: new Date(Date.now() - 7 * day),
    closedAt: new Date(Date.now() - 7 * day + 3_600_000),
    sampling: { rule: 'BY_HAND' },
  });
  const scheduled = tx.create(CalibrationSession, {
    title: 'Bullying calibration — week 48',
    policyVersion: version,
    facilitator,
    mode: SessionMode.BLIND,
    scheduledAt: new Date(Date.now() + day),
    sampling: { rule: 'BY_HAND' },
  });
  for (const session of [closed, scheduled]) {
    session.invitedMarkets.set(voters.map((v) => v.market).filter((m, i, all) => all.indexOf(m) === i));
    for (const user of voters) tx.create(CalibrationParticipant, { session, user, market: user.market });
  }
  const closedCases = cases.slice(0, 8);
  closedCases.forEach((c, i) => {
    const goldLabel = gold.get(contentKey(c))!;
    const item = tx.create(CalibrationItem, {
      session: closed,
      case: c,
      position: i + 1,
      state: ItemState.REVEALED,
      goldLabel,
      openedAt: closed.startedAt,
      revealedAt: closed.startedAt,
    });
    voters.forEach((voter, v) => {
      if ((v + i) % 11 === 10) return; // did not vote on this one
      const other = labels.filter((l) => l !== goldLabel);
      // Korean reviewers read item 4 as banter: most choose the mildest other label.
      const divergent = voter.market.code === 'ko-KR' && i === 3;
      const label = divergent
        ? random() < 0.8
          ? other[0]!
          : goldLabel
        : random() < 0.78
          ? goldLabel
          : other[Math.floor(random() * other.length)]!;
      const agree = label === goldLabel;
      tx.create(Vote, {
        item,
        session: closed,
        user: voter,
        label: (v + i) % 13 === 12 ? null : label,
        rationale: agree ? null : 'Read it as a general remark, not aimed at a person.',
      });
    });
  });
  cases.slice(8, 13).forEach((c, i) => {
    tx.create(CalibrationItem, { session: scheduled, case: c, position: i + 1, goldLabel: gold.get(contentKey(c))! });
  });
  await tx.flush();
  await storeSessionResult(tx, closed, 1, 'closed', facilitator.id);
}
