import { describe, expect, it } from 'vitest';
import { saveDelay } from './persistence';

const of = (chars: number) => [{ path: 'w.yaml', text: 'x'.repeat(chars) }];

describe('saveDelay', () => {
  it('saves a small workspace a quarter second after the last change', () => {
    expect(saveDelay([])).toBe(250);
    expect(saveDelay(of(2_000))).toBe(250);
  });

  it('waits longer for a big workspace, so storing it falls in a pause in the typing', () => {
    expect(saveDelay(of(1_000_000))).toBe(350);
    expect(saveDelay(of(10_000_000))).toBe(1250);
    expect(saveDelay(of(100_000_000))).toBe(3000);
  });
});
