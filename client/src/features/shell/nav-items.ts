import type { ComponentType, SVGProps } from 'react';
import { DashboardIcon } from '../../components/icons';

export type NavItem = {
  to: string;
  /** Active only on this exact path (the index route), not on every path below it. */
  end?: boolean;
  label: 'nav.dashboard';
  Icon: ComponentType<SVGProps<SVGSVGElement>>;
};

/** Only pages that exist are listed; later features add theirs here. */
export const NAV_ITEMS: readonly NavItem[] = [{ to: '/', end: true, label: 'nav.dashboard', Icon: DashboardIcon }];
