import type { ComponentType, SVGProps } from 'react';
import { CaseIcon, DashboardIcon, PolicyIcon } from '../../components/icons';
import type { Role } from '../../gql/graphql';
import { AnalyticsIcon } from '../analytics/analytics-icon';
import { CalibrationIcon } from '../calibration/calibration-icon';

export type NavItem = {
  to: string;
  /** Active only on this exact path (the index route), not on every path below it. */
  end?: boolean;
  label: 'nav.dashboard' | 'nav.policies' | 'nav.cases' | 'calibration.nav' | 'analytics.nav';
  /** Shown only to these roles (the server refuses the others anyway); everyone when absent. */
  roles?: readonly Role[];
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
};

/** Only pages that exist are listed; later features add theirs here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', end: true, label: 'nav.dashboard', Icon: DashboardIcon },
  { to: '/policies', label: 'nav.policies', Icon: PolicyIcon },
  { to: '/cases', label: 'nav.cases', Icon: CaseIcon },
  { to: '/calibration', label: 'calibration.nav', Icon: CalibrationIcon },
  {
    to: '/analytics',
    label: 'analytics.nav',
    Icon: AnalyticsIcon,
    roles: ['ADMIN', 'QA_MANAGER', 'QA_SPECIALIST', 'POLICY_OWNER'],
  },
];
