// Votes and what is read from them: the labels a vote may take, the tally, the revealed
// votes. Shared by the calibration services and the live hub (session-hub.ts).

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../shared/viewer.js';
import { mayName } from '../shared/visibility/scopes.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { calibrationError } from './calibration.errors.js';
import type { RevealedVote, Tally } from './calibration.types.js';

const labelCache = new Map<string, { key: string; severity: number | null }[]>();

/** A published version's labels never change, so they are cached by version id. */
export async function labelsOf(em: EntityManager, versionId: string) {
  let labels = labelCache.get(versionId);
  if (!labels) {
    const version = await em.findOneOrFail(PolicyVersion, versionId);
    labels = version.labels.map((l) => ({ key: l.key, severity: l.severity ?? null }));
    if (version.status !== PolicyVersionStatus.DRAFT) labelCache.set(versionId, labels);
  }
  return labels;
}

export function assertLabel(labels: readonly { key: string }[], label: string) {
  if (!labels.some((l) => l.key === label)) {
    const keys = labels.map((l) => l.key);
    throw calibrationError(
      'BAD_USER_INPUT',
      'UNKNOWN_LABEL',
      `"${label}" is not a label of this policy version; choose one of ${keys.join(', ')}.`,
      { label, labels: keys },
    );
  }
}

/** Invited participants of a session: the `eligible` of its tallies. */
export async function countEligible(em: EntityManager, sessionId: string): Promise<number> {
  const [row] = await em.execute<{ count: number }[]>(
    'select count(*)::int as count from calibration_participant where session_id = ?',
    [sessionId],
  );
  return row?.count ?? 0;
}

export async function buildTally(
  em: EntityManager,
  itemId: string,
  sessionId: string,
  showDistribution: boolean,
  eligibleCount: Promise<number> = countEligible(em, sessionId),
): Promise<Tally> {
  const [rows, eligible] = await Promise.all([
    em.execute<{ label: string | null; count: number; version: string }[]>(
      'select label, count(*)::int as count, max(seq) as version from vote where item_id = ? group by label',
      [itemId],
    ),
    eligibleCount,
  ]);
  const abstained = rows.find((r) => r.label === null)?.count ?? 0;
  const counted = rows.filter((r) => r.label !== null);
  return {
    itemId,
    version: Math.max(0, ...rows.map((r) => Number(r.version))),
    voted: rows.reduce((sum, r) => sum + r.count, 0),
    abstained,
    eligible,
    distribution: showDistribution
      ? counted
          .map((r) => ({ label: r.label!, count: r.count }))
          .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
      : null,
  };
}

/**
 * Every vote on an item with its rationale. A vendor's people are named only to viewers
 * of that vendor or of the platform; to anyone else, and in the broadcast (`viewer`
 * null), they are "a reviewer" of their market.
 */
export async function revealedVotes(em: EntityManager, itemId: string, viewer: Viewer | null): Promise<RevealedVote[]> {
  const rows = await em.execute<(RevealedVote & { vendorId: string | null })[]>(
    `select u.name as "participantName", m.code as market, v.label, v.rationale, t.vendor_id as "vendorId"
       from vote v
       join calibration_item i on i.id = v.item_id
       join calibration_participant p on p.session_id = i.session_id and p.user_id = v.user_id
       join app_user u on u.id = v.user_id
       left join team t on t.id = u.team_id
       join market m on m.id = p.market_id
      where v.item_id = ?
      order by m.code, u.name`,
    [itemId],
  );
  return rows.map(({ vendorId, ...vote }) => ({
    ...vote,
    participantName: mayName(viewer, vendorId) ? vote.participantName : ANONYMOUS_REVIEWER,
  }));
}

export const ANONYMOUS_REVIEWER = 'Reviewer';
