import type { NodeState } from '../../../core';

/** Check, triangle or cross: the state's shape, so it never rests on colour alone. */
export function StateIcon({ level }: { level: NodeState['level'] }) {
  return (
    <svg
      className={`gt-icon gt-icon-${level}`}
      viewBox="0 0 16 16"
      width="12"
      height="12"
      aria-hidden="true"
    >
      {level === 'ok' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M4.6 8.3 7 10.6l4.4-4.8" fill="none" />
        </>
      )}
      {level === 'warning' && (
        <>
          <path d="M8 1.2 15.2 14H.8z" />
          <path d="M8 5.6v4M8 11.6v.4" fill="none" />
        </>
      )}
      {level === 'error' && (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="m5.3 5.3 5.4 5.4m0-5.4-5.4 5.4" fill="none" />
        </>
      )}
    </svg>
  );
}
