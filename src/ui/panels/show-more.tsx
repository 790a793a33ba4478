/** Long tables render a page at a time, so a 10,000-object workspace stays responsive. */
export const pageSize = 100;

export function ShowMore({
  shown,
  total,
  onMore,
}: {
  shown: number;
  total: number;
  onMore: (n: number) => void;
}) {
  if (shown >= total) return null;
  return (
    <p className="pn-more">
      Showing {shown} of {total}.{' '}
      <button type="button" onClick={() => onMore(shown + pageSize)}>
        Show {Math.min(pageSize, total - shown)} more
      </button>{' '}
      <button type="button" onClick={() => onMore(total)}>
        Show all
      </button>
    </p>
  );
}
