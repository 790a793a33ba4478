const units = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;

const relative = /^([+-])(\d{1,7})([smhdw])$/;
// RFC 3339 §5.6 date-time (`T` or a space between date and time, any case), or a full-date
// alone (midnight UTC).
const rfc3339 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads an instant: an RFC 3339 date-time (`2027-03-01T00:00:00Z`, `2027-03-01T09:00:00+09:00`),
 * a date (`2027-03-01`, midnight UTC), or a span from `now` (`+30d`, `-12h`; units s, m, h, d,
 * w). Undefined for anything else, including dates that do not exist (`2027-02-30`).
 */
export function parseInstant(text: string, now: Date): Date | undefined {
  const t = text.trim();
  const r = relative.exec(t);
  if (r) {
    const ms = Number(r[2]) * units[r[3] as keyof typeof units];
    return new Date(now.getTime() + (r[1] === '-' ? -ms : ms));
  }
  const m = rfc3339.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', , zone = 'Z'] = m;
  const parsed = Date.parse(`${y}-${mo}-${d}T${h}:${mi}:${s}${m[7] ?? ''}${zone.toUpperCase()}`);
  if (Number.isNaN(parsed)) return undefined;
  // Date.parse rolls 30 February over into March: only dates that exist are taken.
  const day = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (day.getUTCMonth() !== Number(mo) - 1 || day.getUTCDate() !== Number(d)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  return new Date(parsed);
}
