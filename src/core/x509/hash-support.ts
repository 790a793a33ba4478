/**
 * Shared pieces of the SHA family (FIPS 180-4). The round constants and initial values are the
 * fractional bits of square and cube roots of primes; they are computed here with exact integer
 * roots rather than typed out, so a typo cannot hide in a table.
 */

/** The first `count` primes. */
export function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n++) if (primes.every((p) => n % p !== 0)) primes.push(n);
  return primes;
}

function integerRoot(value: bigint, k: bigint): bigint {
  // Newton's method from an over-estimate; decreases monotonically to floor(value^(1/k)).
  let x = 1n << (BigInt(value.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * x + value / x ** (k - 1n)) / k;
    if (next >= x) return x;
    x = next;
  }
}

/** The first 64 fractional bits of prime^(1/k), as [high 32 bits, low 32 bits]. */
export function fractionalRootBits(prime: number, k: 2 | 3): [number, number] {
  const k64 = BigInt(k);
  const bits = integerRoot(BigInt(prime) << (64n * k64), k64) & 0xffffffffffffffffn;
  return [Number(bits >> 32n), Number(bits & 0xffffffffn)];
}

/** Merkle–Damgård padding: 0x80, zeros, then the bit length big-endian in `lengthBytes` bytes. */
export function padMessage(
  message: Uint8Array,
  blockBytes: number,
  lengthBytes: number,
): Uint8Array {
  const total = Math.ceil((message.length + 1 + lengthBytes) / blockBytes) * blockBytes;
  const out = new Uint8Array(total);
  out.set(message);
  out[message.length] = 0x80;
  let bits = message.length * 8;
  for (let i = total - 1; bits > 0; i--) {
    out[i] = bits % 256;
    bits = Math.floor(bits / 256);
  }
  return out;
}

/** Big-endian 32-bit word at `offset`. */
export function readWord(bytes: Uint8Array, offset: number): number {
  return (
    (((bytes[offset] ?? 0) << 24) |
      ((bytes[offset + 1] ?? 0) << 16) |
      ((bytes[offset + 2] ?? 0) << 8) |
      (bytes[offset + 3] ?? 0)) >>>
    0
  );
}

/** 32-bit words to big-endian bytes. */
export function wordsToBytes(words: ArrayLike<number>, count: number): Uint8Array {
  const out = new Uint8Array(count * 4);
  for (let i = 0; i < count; i++) {
    const w = words[i] ?? 0;
    out[i * 4] = w >>> 24;
    out[i * 4 + 1] = (w >>> 16) & 0xff;
    out[i * 4 + 2] = (w >>> 8) & 0xff;
    out[i * 4 + 3] = w & 0xff;
  }
  return out;
}
