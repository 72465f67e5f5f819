import type { ComponentType, SVGProps } from 'react';
import { CaseIcon, DashboardIcon, PolicyIcon } from '../../components/icons';
import { BriefingIcon } from '../briefings/briefing-icon';
import { CalibrationIcon } from '../calibration/calibration-icon';

export type NavItem = {
  to: string;
  /** Active only on this exact path (the index route), not on every path below it. */
  end?: boolean;
  label: 'nav.dashboard' | 'nav.policies' | 'nav.cases' | 'calibration.nav' | 'briefings.nav';
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
};

/** Only pages that exist are listed; later features add theirs here. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/', end: true, label: 'nav.dashboard', Icon: DashboardIcon },
  { to: '/policies', label: 'nav.policies', Icon: PolicyIcon },
  { to: '/cases', label: 'nav.cases', Icon: CaseIcon },
  { to: '/calibration', label: 'calibration.nav', Icon: CalibrationIcon },
  { to: '/briefings', label: 'briefings.nav', Icon: BriefingIcon },
];
