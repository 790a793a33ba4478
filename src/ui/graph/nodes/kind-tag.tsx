import type { NodeType } from '../../../core';
import { kindLook } from './kinds';

/** The kind's short tag in its colour family (decorative: the kind is also written out). */
export function KindTag({ type }: { type: NodeType }) {
  const look = kindLook[type];
  return (
    <span className={`gt-tag gt-family-${look.family}`} aria-hidden="true">
      {look.tag}
    </span>
  );
}
