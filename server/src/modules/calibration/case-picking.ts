// The cases of a new session: picked by hand, or drawn by a seeded sample of the
// policy's cases in the invited markets.

import type { EntityManager } from '@mikro-orm/postgresql';
import { mulberry32 } from '../../stats/index.js';
import { Case } from '../case/case.entity.js';
import type { PolicyVersion } from '../policy/policy-version.entity.js';
import { SamplingRule } from './calibration.enums.js';
import { calibrationError } from './calibration.errors.js';
import type { SamplingInput } from './calibration.inputs.js';

/** The cases given by id, in the order given; each must exist and be under the version's policy. */
export async function pickedCases(em: EntityManager, caseIds: string[], version: PolicyVersion): Promise<Case[]> {
  const found = await em.find(Case, { id: { $in: caseIds } });
  if (found.length !== caseIds.length)
    throw calibrationError('BAD_USER_INPUT', 'UNKNOWN_CASES', 'Some caseIds do not exist.');
  const wrong = found.filter((c) => c.policy.id !== version.policy.id);
  if (wrong.length) {
    const externalIds = wrong.map((c) => c.externalId);
    throw calibrationError(
      'BAD_USER_INPUT',
      'CASES_OUTSIDE_POLICY',
      `Cases must be under the session's policy: ${externalIds.join(', ')} are not.`,
      { externalIds },
    );
  }
  const byId = new Map(found.map((c) => [c.id, c]));
  return caseIds.map((id) => byId.get(id)!);
}

/**
 * Draws `size` cases of the session's policy in the invited markets. The candidates are
 * ordered by id and shuffled with a seeded generator, so the same seed over the same
 * cases draws the same items. Stratified rules shuffle each stratum and take from the
 * strata in turn (equal shares, as far as each stratum has cases).
 */
export async function sampleCases(
  em: EntityManager,
  sampling: SamplingInput,
  version: PolicyVersion,
  marketIds: string[],
): Promise<Case[]> {
  const where = {
    policy: version.policy.id,
    market: { $in: marketIds },
    ...(sampling.queues?.length ? { queue: { $in: sampling.queues } } : {}),
  };
  const candidates = await em.find(Case, where, {
    fields: ['id', 'queue', 'decision', 'market'],
    orderBy: { id: 'asc' },
  });
  if (candidates.length === 0)
    throw calibrationError(
      'BAD_USER_INPUT',
      'NO_CASES_TO_SAMPLE',
      'No case of this policy in the invited markets to sample from.',
    );
  const ids = drawSample(
    candidates.map((c) => ({
      id: c.id,
      stratum:
        sampling.rule === SamplingRule.STRATIFIED_BY_MARKET
          ? c.market.id
          : sampling.rule === SamplingRule.STRATIFIED_BY_DECISION
            ? c.decision
            : sampling.rule === SamplingRule.STRATIFIED_BY_QUEUE
              ? c.queue
              : '',
    })),
    sampling.size,
    sampling.seed,
  );
  return ids.map((id) => em.getReference(Case, id));
}

/**
 * Draws `size` ids: shuffle each stratum (ordered by id) with a seeded generator, then
 * take from the strata in turn, strata ordered by name. Exported for its unit test.
 */
export function drawSample(candidates: { id: string; stratum: string }[], size: number, seed: number): string[] {
  const random = mulberry32(seed);
  const strata = new Map<string, string[]>();
  for (const c of [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const list = strata.get(c.stratum) ?? [];
    list.push(c.id);
    strata.set(c.stratum, list);
  }
  const shuffled = [...strata.keys()].sort().map((key) => {
    const list = strata.get(key)!;
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  });
  const out: string[] = [];
  for (let round = 0; out.length < size; round++) {
    let took = false;
    for (const list of shuffled) {
      if (round < list.length && out.length < size) {
        out.push(list[round]!);
        took = true;
      }
    }
    if (!took) break;
  }
  return out;
}
