import { describe, expect, it } from 'vitest';
import { analyzeWorkspace, expiryState } from '../../core';
import { openSample, sampleIndex } from '../../worker/testdata/open-sample';

/** Days on which a person may open the samples: today's story must be the story on each. */
const days = [
  '2026-12-08T09:00:00Z',
  '2028-02-29T12:00:00Z',
  '2031-12-08T09:00:00Z',
  '2046-12-31T23:00:00Z',
];

function story(files: Parameters<typeof analyzeWorkspace>[0], now: Date) {
  const a = analyzeWorkspace(files, { now });
  return {
    findings: a.diagnostics.map((d) => `${d.severity} ${d.code} ${d.object ?? ''}`).sort(),
    expiry: a
      .certificates()
      .map((s) => `${s.secret}: ${s.certificates.map((c) => expiryState(c, now)).join(',')}`),
    status: a.status,
  };
}

describe('the samples tell the same story on any date', () => {
  for (const sample of sampleIndex())
    it(sample.id, async () => {
      const stories = await Promise.all(
        days.map(async (day) => story(await openSample(sample.id, new Date(day)), new Date(day))),
      );
      for (const [i, s] of stories.entries()) expect(s, days[i]).toEqual(stories[0]);
      // Certificates the sample does not make stay valid to 2046 and beyond.
      const made = new Set(
        (sample.certificates ?? []).map((c) => `Secret/${c.secret.namespace}/${c.secret.name}`),
      );
      for (const line of stories[0]?.expiry ?? [])
        if (!made.has(line.slice(0, line.indexOf(':')))) expect(line).toMatch(/: (valid,?)+$/);
    });

  it('troubleshooting: legacy-cert is about to expire and does not cover its listener', async () => {
    const now = new Date('2035-07-01T00:00:00Z');
    const s = story(await openSample('troubleshooting', now), now);
    expect(s.expiry).toContain('Secret/infra/legacy-cert: expiring');
    expect(s.findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warning CERT_EXPIRING /),
        expect.stringMatching(/^\w+ CERT_HOSTNAME_NOT_COVERED /),
        expect.stringMatching(/^error REF_NOT_PERMITTED /),
      ]),
    );
  });
});
