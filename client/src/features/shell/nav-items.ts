import type { ComponentType, SVGProps } from 'react';
import { CaseIcon, DashboardIcon, PolicyIcon } from '../../components/icons';
import type { Role } from '../../gql/graphql';
import { AnalyticsIcon } from '../analytics/analytics-icon';
import { AppealIcon, AuditIcon, QualityIcon, QuizIcon, RcaIcon } from '../audits/audit-icons';
import { BriefingIcon } from '../briefings/briefing-icon';
import { CalibrationIcon } from '../calibration/calibration-icon';

export type NavItem = {
  to: string;
  /** Active only on this exact path (the index route), not on every path below it. */
  end?: boolean;
  label:
    | 'nav.dashboard'
    | 'nav.policies'
    | 'nav.cases'
    | 'calibration.nav'
    | 'briefings.nav'
    | 'audits.nav.queue'
    | 'audits.nav.mine'
    | 'audits.nav.appeals'
    | 'audits.nav.quality'
    | 'audits.nav.rca'
    | 'audits.nav.quizzes'
    | 'analytics.nav';
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
  /** Shown only to these roles (the server refuses the others anyway); everyone when absent. */
  roles?: readonly Role[];
};

const QA: readonly Role[] = ['QA_SPECIALIST', 'QA_MANAGER', 'ADMIN'];

/** Only pages that exist are listed; later features add theirs here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', end: true, label: 'nav.dashboard', Icon: DashboardIcon },
  { to: '/policies', label: 'nav.policies', Icon: PolicyIcon },
  { to: '/cases', label: 'nav.cases', Icon: CaseIcon },
  { to: '/calibration', label: 'calibration.nav', Icon: CalibrationIcon },
  { to: '/briefings', label: 'briefings.nav', Icon: BriefingIcon },
  { to: '/audits', label: 'audits.nav.queue', Icon: AuditIcon, roles: QA },
  { to: '/my-audits', label: 'audits.nav.mine', Icon: AuditIcon, roles: ['MODERATOR'] },
  { to: '/appeals', label: 'audits.nav.appeals', Icon: AppealIcon, roles: QA },
  { to: '/quality', label: 'audits.nav.quality', Icon: QualityIcon, roles: QA },
  { to: '/rca', label: 'audits.nav.rca', Icon: RcaIcon, roles: QA },
  { to: '/quizzes', label: 'audits.nav.quizzes', Icon: QuizIcon },
  {
    to: '/analytics',
    label: 'analytics.nav',
    Icon: AnalyticsIcon,
    roles: ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST', 'POLICY_OWNER'],
  },
];

/** The items a role sees; before the role is known, only those for everyone. */
export const navItemsFor = (role: Role | null) =>
  NAV_ITEMS.filter((item) => !item.roles || (role !== null && item.roles.includes(role)));
