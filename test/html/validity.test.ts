import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist';
import { validatorVerdict } from '../support/validator';

// The Nu Html Checker (the W3C validator's engine), from the vnu-jar package; it needs Java.
const JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';

describe('HTML validity (Nu Html Checker)', () => {
  it('finds no errors in any built page', () => {
    if (!existsSync(JAR)) throw new Error(`${JAR} is missing: run npm install`);
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error)
      throw new Error('Java is needed for the HTML validator: install a JRE (Debian: apt-get install -y default-jre-headless)');
    // Each page carries its CSS inline, and the checker's CSS grammar predates container queries,
    // anchor positioning and paint-order; CSS is Biome's to check, so its messages are filtered out.
    const args = ['--errors-only', '--no-langdetect', '--skip-non-html', '--filterpattern', '.*CSS: .*', '--format', 'gnu', DIST];
    const result = spawnSync('java', ['-jar', JAR, ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const { errors, failure } = validatorVerdict(result);
    expect(errors).toEqual([]);
    expect(failure).toBeUndefined();
    expect(result.status).toBe(0);
  }, 240_000);
});
