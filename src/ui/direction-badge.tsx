import type { Direction } from '@/domain/types';
import { directionLabel } from '@/domain/direction';
import './direction-badge.css';

/** Arrows point to better or worse, not up or down: the domain has already applied polarity. */
function DirectionShape({ direction }: { direction: Direction }) {
  return (
    <svg
      className="direction-shape"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {direction === 'improving' && <path d="M8 1 L15 9 H10.5 V15 H5.5 V9 H1 Z" />}
      {direction === 'worsening' && <path d="M8 15 L15 7 H10.5 V1 H5.5 V7 H1 Z" />}
      {direction === 'no-change' && (
        <path d="M1 8 L5.5 3.5 V6 H10.5 V3.5 L15 8 L10.5 12.5 V10 H5.5 V12.5 Z" />
      )}
      {direction === 'not-comparable' && <rect x="2" y="7" width="12" height="2" />}
    </svg>
  );
}

interface DirectionBadgeProps {
  direction: Direction;
  reason?: string | undefined;
}

export function DirectionBadge({ direction, reason }: DirectionBadgeProps) {
  return (
    <span className={`direction-badge direction-badge--${direction}`} title={reason}>
      <DirectionShape direction={direction} />
      <span>{directionLabel(direction)}</span>
    </span>
  );
}
