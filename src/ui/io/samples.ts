import type { SourceFile } from '../../core';
import type { CertificateOrder } from '../../worker/issue-certificates';
import type { AnalysisSnapshot } from '../../worker/snapshot';

export interface Sample {
  readonly id: string;
  readonly title: string;
  readonly files: readonly string[];
  /**
   * Certificates made when the sample is opened, valid relative to the clock (one that is
   * about to expire stays so on any date); they replace what their Secrets hold in the files.
   */
  readonly certificates?: readonly CertificateOrder[];
}

const base = `${import.meta.env.BASE_URL}samples/`;

export async function listSamples(): Promise<Sample[]> {
  const r = await fetch(`${base}index.json`);
  return (await r.json()) as Sample[];
}

export async function loadSample(sample: Sample): Promise<SourceFile[]> {
  return Promise.all(
    sample.files.map(async (f) => ({ path: f, text: await (await fetch(`${base}${f}`)).text() })),
  );
}

/** What a first start opens: the first sample with its texts and an analysis made at build time. */
export interface FirstStart {
  readonly sample: Sample;
  readonly files: readonly SourceFile[];
  readonly snapshot?: AnalysisSnapshot;
}

/** `samples/first-start.json` (preloaded by index.html), else the first sample of the index. */
export async function loadFirstStart(): Promise<FirstStart | undefined> {
  const r = await fetch(`${base}first-start.json`).catch(() => undefined);
  if (r?.ok) {
    const first = (await r.json().catch(() => undefined)) as FirstStart | undefined;
    if (first?.sample && Array.isArray(first.files)) return first;
  }
  const [sample] = await listSamples();
  return sample && { sample, files: await loadSample(sample) };
}
