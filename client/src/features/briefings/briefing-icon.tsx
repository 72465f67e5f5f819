import { iconProps, type IconProps } from '../../components/icons';

/** A lectern with a speech bubble: a briefing. Decorative, like the other nav icons. */
export function BriefingIcon(props: IconProps) {
  return (
    <svg {...iconProps(props)}>
      <path d="M4 13h10l-1.5 8h-7z" />
      <path d="M9 13V9.5" />
      <path d="M13 3h7a1.5 1.5 0 0 1 1.5 1.5v4A1.5 1.5 0 0 1 20 10h-3l-2.5 2v-2H13a1.5 1.5 0 0 1-1.5-1.5v-4A1.5 1.5 0 0 1 13 3z" />
    </svg>
  );
}
