import type { SourceFile } from '../../core';

export interface Sample {
  readonly id: string;
  readonly title: string;
  readonly files: readonly string[];
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
