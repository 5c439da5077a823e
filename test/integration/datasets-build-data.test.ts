// build-data is deterministic and its output is what is committed (what `--check` enforces in CI).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildData, formulaRate, OUTPUT, round1, staleFiles } from '../../scripts/build-data';

describe('build-data', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'build-data-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('gives the same bytes twice, equal to the committed files', async () => {
    const first = await buildData();
    const second = await buildData();
    expect([...second]).toEqual([...first]);
    expect(await staleFiles()).toEqual([]);
    expect(first.get(OUTPUT.annual)).toBe(readFileSync(OUTPUT.annual, 'utf8'));
    expect(first.get(OUTPUT.monthly)).toBe(readFileSync(OUTPUT.monthly, 'utf8'));
  }, 60_000);

  it('--check notices a derived figure edited by hand', async () => {
    cpSync('content/data', join(scratch, 'content/data'), { recursive: true });
    const file = join(scratch, OUTPUT.annual);
    writeFileSync(file, readFileSync(file, 'utf8').replace('-295401.6', '-295400'));
    const recip = join(scratch, OUTPUT.reciprocal);
    writeFileSync(recip, readFileSync(recip, 'utf8').replace('"imports2024": 438947.4', '"imports2024": 438947'));
    expect(await staleFiles(scratch)).toEqual([OUTPUT.annual, OUTPUT.reciprocal]);
  }, 60_000);

  it('rounds to $0.1 million without writing -0, and applies the 10% floor', () => {
    expect(round1(-295401.646638)).toBe(-295401.6);
    expect(Object.is(round1(-0.01), 0)).toBe(true);
    expect(formulaRate(438947.386145, 143545.739507)).toBe(34);
    expect(formulaRate(68084.5, 79941.3)).toBe(10);
  });
});
