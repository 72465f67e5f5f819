import { iconProps, type IconProps } from '../../components/icons';

/** A clipboard with a tick: audits. */
export function AuditIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <rect x="5" y="4" width="14" height="17" rx="2" />
      <path d="M9 4V3h6v1M9 13l2 2 4-4" />
    </svg>
  );
}

/** A speech bubble with an arrow back: appeals. */
export function AppealIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <path d="M4 5h16v11H9l-5 4z" />
      <path d="M14 9h-4l1.5-1.5M10 9l1.5 1.5" />
    </svg>
  );
}

/** A rising line over axes: quality. */
export function QualityIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <path d="M4 4v16h16" />
      <path d="M7 15l4-4 3 3 5-6" />
    </svg>
  );
}

/** A magnifier over a branch: root-cause analysis. */
export function RcaIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <circle cx="10" cy="10" r="6" />
      <path d="M14.5 14.5 20 20M10 7v3l2 2" />
    </svg>
  );
}

/** A question mark in a card: quizzes. */
export function QuizIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <rect x="4" y="3" width="16" height="18" rx="2" />
      <path d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14M12 17h.01" />
    </svg>
  );
}
