/**
 * An instant as people read it: `2031-12-20 09:00 UTC` (to the minute, in UTC, no
 * milliseconds). Machine formats (RFC 3339 in JSON output and status) stay as they are; this is
 * for messages and panels. Text that is not a date-time is returned as it is.
 */
export function humanInstant(iso: string): string {
  const text = iso.trim();
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(text)) return iso;
  const t = Date.parse(text.replace(' ', 'T'));
  if (Number.isNaN(t)) return iso;
  const utc = new Date(t).toISOString();
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}
