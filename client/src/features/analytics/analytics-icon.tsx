import { iconProps, type IconProps } from '../../components/icons';

/** A rising line over bars: agreement over time. Decorative, beside its label. */
export function AnalyticsIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <path d="M4 20V14" />
      <path d="M10 20V11" />
      <path d="M16 20V13" />
      <path d="M3 9l6-4 5 3 7-5" />
    </svg>
  );
}
