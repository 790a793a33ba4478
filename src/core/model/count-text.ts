/**
 * A count with its noun, singular or plural: `1 route`, `2 routes`, `0 listeners`,
 * `1 match` / `3 matches` (give the plural when it is not the singular and an s).
 */
export function countText(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
