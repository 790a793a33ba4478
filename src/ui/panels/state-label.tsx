import type { Badge } from './badges';

/** A state in colour, icon and words; `title` adds the long explanation on hover. */
export function StateLabel({
  badge,
  title,
  className,
}: {
  badge: Badge;
  title?: string;
  className?: string;
}) {
  return (
    <span className={`pn-state pn-${badge.level}${className ? ` ${className}` : ''}`} title={title}>
      <span className="pn-icon" aria-hidden="true">
        {badge.icon}
      </span>
      {badge.text}
    </span>
  );
}
