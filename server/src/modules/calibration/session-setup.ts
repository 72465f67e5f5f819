// A new calibration session's input checked against the database: a published version with
// labels to vote on, known markets, active participants from them (a vendor's QA: its own
// people only), and its cases, picked by hand or sampled.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Market } from '../identity/market.entity.js';
import { User } from '../identity/user.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { notFound } from '../shared/errors.js';
import type { Viewer } from '../shared/viewer.js';
import { calibrationError } from './calibration.errors.js';
import type { CreateCalibrationSessionInput } from './calibration.inputs.js';
import { pickedCases, sampleCases } from './case-picking.js';

export async function checkNewSession(em: EntityManager, me: Viewer, input: CreateCalibrationSessionInput) {
  if (!input.caseIds?.length === !input.sampling) {
    throw calibrationError(
      'BAD_USER_INPUT',
      'CASES_OR_SAMPLING',
      'Give either caseIds (picked by hand) or sampling, not both and not neither.',
    );
  }
  const version = await em.findOne(PolicyVersion, input.policyVersionId);
  if (!version) throw notFound('Policy version', input.policyVersionId);
  if (version.status !== PolicyVersionStatus.PUBLISHED) {
    throw calibrationError(
      'CONFLICT',
      'VERSION_NOT_PUBLISHED',
      `Version ${version.number} is ${version.status.toLowerCase()}: calibrate against a published version.`,
      { number: version.number, status: version.status },
    );
  }
  if (version.labels.length < 2)
    throw calibrationError(
      'BAD_USER_INPUT',
      'TOO_FEW_LABELS',
      'The policy version needs at least two labels to vote on.',
    );
  const markets = await em.find(Market, { id: { $in: input.marketIds } });
  if (markets.length !== input.marketIds.length)
    throw calibrationError('BAD_USER_INPUT', 'UNKNOWN_MARKETS', 'Some marketIds do not exist.');
  const users = await em.find(User, { id: { $in: input.participantIds }, active: true }, { populate: ['team.vendor'] });
  if (users.length !== input.participantIds.length)
    throw calibrationError('BAD_USER_INPUT', 'UNKNOWN_PARTICIPANTS', 'Some participantIds are not active users.');
  const marketIds = new Set(markets.map((m) => m.id));
  const outside = users.filter((u) => !marketIds.has(u.market.id));
  if (outside.length > 0) {
    const emails = outside.map((u) => u.email);
    throw calibrationError(
      'BAD_USER_INPUT',
      'PARTICIPANTS_OUTSIDE_MARKETS',
      `Participants must be from an invited market: ${emails.join(', ')} is not.`,
      { emails },
    );
  }
  if (me.vendorId !== null && users.some((u) => u.team?.vendor?.id !== me.vendorId)) {
    throw calibrationError(
      'FORBIDDEN',
      'VENDOR_OWN_PEOPLE_ONLY',
      "A vendor's QA can invite only their own vendor's people.",
    );
  }
  const cases = input.caseIds?.length
    ? await pickedCases(em, input.caseIds, version)
    : await sampleCases(em, input.sampling!, version, [...marketIds]);

  return { version, markets, users, cases };
}
