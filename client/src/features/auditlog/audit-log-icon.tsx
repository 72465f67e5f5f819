import { iconProps, type IconProps } from '../../components/icons';

/** A page of lines with a clock: the audit log. */
export function AuditLogIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <path d="M13 21H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9l4 4v4" />
      <path d="M8 8h5M8 12h4M8 16h3" />
      <circle cx="17.5" cy="17.5" r="3.5" />
      <path d="M17.5 16v1.5l1 1" />
    </svg>
  );
}
