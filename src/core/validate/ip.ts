/**
 * CEL `isIP()` as Kubernetes defines it: an IPv4 address in dotted decimal without leading zeros,
 * or an IPv6 address (optionally ending in dotted IPv4), without a zone.
 */
const OCTET = '(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])';
const IPV4 = new RegExp(`^${OCTET}(\\.${OCTET}){3}$`);
const HEXTET = /^[0-9A-Fa-f]{1,4}$/;

export function isIP(s: string): boolean {
  return IPV4.test(s) || isIPv6(s);
}

function isIPv6(s: string): boolean {
  if (!s.includes(':') || s.includes('%')) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const all = [...head, ...tail];
  // A trailing dotted IPv4 address stands for the last two groups.
  const last = all[all.length - 1];
  let count = all.length;
  if (last !== undefined && last.includes('.')) {
    if (!IPV4.test(last) || (halves.length === 2 && tail.length === 0)) return false;
    all.pop();
    count += 1;
  }
  if (!all.every((g) => HEXTET.test(g))) return false;
  return halves.length === 2 ? count <= 7 : count === 8;
}
