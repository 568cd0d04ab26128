import type { RagStatus } from '@/domain/types';
import { statusLabel } from '@/domain/rating';
import './status-badge.css';

/** A distinct shape per status so the badge reads without colour: circle, triangle, square, ring. */
export function StatusShape({ status }: { status: RagStatus }) {
  return (
    <svg
      className="status-shape"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      {status === 'green' && <circle cx="8" cy="8" r="7" />}
      {status === 'amber' && <path d="M8 1 L15.5 14.5 H0.5 Z" />}
      {status === 'red' && <rect x="1.5" y="1.5" width="13" height="13" />}
      {status === 'not-rated' && <circle cx="8" cy="8" r="6" fill="none" strokeWidth="2" />}
    </svg>
  );
}

interface StatusBadgeProps {
  status: RagStatus;
  /** The rating's plain-English reason; shown as a tooltip, and in full when `showReason` is set. */
  reason?: string | undefined;
  showReason?: boolean;
}

export function StatusBadge({ status, reason, showReason = false }: StatusBadgeProps) {
  return (
    <span className="status-badge-wrap">
      <span className={`status-badge status-badge--${status}`} title={reason}>
        <StatusShape status={status} />
        <span className="status-badge__word">{statusLabel(status)}</span>
      </span>
      {showReason && reason ? <span className="status-badge__reason">{reason}</span> : null}
      {/* The tooltip is out of reach of keyboards and screen readers, so 'why not rated' is also said here. */}
      {!showReason && status === 'not-rated' && reason ? (
        <span className="visually-hidden"> ({reason.replace(/^Not rated:\s*/i, '')})</span>
      ) : null}
    </span>
  );
}
