import type { ComponentType, SVGProps } from 'react';
import { CaseIcon, DashboardIcon, PolicyIcon } from '../../components/icons';
import { mayUse } from '../../components/page-route';
import { AnalyticsIcon } from '../../features/analytics/analytics-icon';
import { AuditLogIcon } from '../../features/auditlog/audit-log-icon';
import { AppealIcon, AuditIcon, QualityIcon, QuizIcon, RcaIcon } from '../../features/audits/audit-icons';
import { BriefingIcon } from '../../features/briefings/briefing-icon';
import { CalibrationIcon } from '../../features/calibration/calibration-icon';
import { OrgIcon } from '../../features/org/org-icon';
import { PeopleIcon } from '../../features/people/people-icon';
import type { Role } from '../../gql/graphql';
import { rolesOfPage } from '../page-routes';

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
    | 'analytics.nav'
    | 'people.nav'
    | 'org.nav'
    | 'auditLog.nav';
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
};

/** Only pages that exist are listed; later features add theirs here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', end: true, label: 'nav.dashboard', Icon: DashboardIcon },
  { to: '/policies', label: 'nav.policies', Icon: PolicyIcon },
  { to: '/cases', label: 'nav.cases', Icon: CaseIcon },
  { to: '/calibration', label: 'calibration.nav', Icon: CalibrationIcon },
  { to: '/briefings', label: 'briefings.nav', Icon: BriefingIcon },
  { to: '/audits', label: 'audits.nav.queue', Icon: AuditIcon },
  { to: '/my-audits', label: 'audits.nav.mine', Icon: AuditIcon },
  { to: '/appeals', label: 'audits.nav.appeals', Icon: AppealIcon },
  { to: '/quality', label: 'audits.nav.quality', Icon: QualityIcon },
  { to: '/rca', label: 'audits.nav.rca', Icon: RcaIcon },
  { to: '/quizzes', label: 'audits.nav.quizzes', Icon: QuizIcon },
  { to: '/analytics', label: 'analytics.nav', Icon: AnalyticsIcon },
  { to: '/people', label: 'people.nav', Icon: PeopleIcon },
  { to: '/organisation', label: 'org.nav', Icon: OrgIcon },
  { to: '/audit-log', label: 'auditLog.nav', Icon: AuditLogIcon },
];

/** The items a role sees: the pages its route says it may use (before the role is known, those for everyone). */
export const navItemsFor = (role: Role | null) => NAV_ITEMS.filter((item) => mayUse(rolesOfPage(item.to), role));
