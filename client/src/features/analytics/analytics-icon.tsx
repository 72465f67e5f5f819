import type { SVGProps } from 'react';

/** A rising line over bars: agreement over time. Decorative, beside its label. */
export function AnalyticsIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg
      width={20}
      height={20}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden
      focusable={false}
      {...props}
    >
      <path d="M4 20V14" />
      <path d="M10 20V11" />
      <path d="M16 20V13" />
      <path d="M3 9l6-4 5 3 7-5" />
    </svg>
  );
}
