// The HTML validity test reads the validator's exit status, not only its output.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { validatorVerdict } from '../support/validator';

const run = (script: string) => spawnSync('sh', ['-c', script], { encoding: 'utf8' });

describe('validator verdict', () => {
  it('a validator killed before it finished is a failure, though it printed no error', () => {
    const { errors, failure } = validatorVerdict(run('kill -9 $$'));
    expect(errors).toEqual([]);
    expect(failure).toContain('killed (SIGKILL)');
  });

  it('a non-zero exit without error lines is a failure', () => {
    expect(validatorVerdict(run('echo "Exception in thread main" >&2; exit 1')).failure).toContain('exited with status 1');
  });

  it('lists error lines with site paths', () => {
    const { errors } = validatorVerdict(run('echo \'"file:/tmp/x/dist/index.html":3.1-3.5: error: Stray end tag.\'; exit 1'));
    expect(errors).toEqual(['"/index.html":3.1-3.5: error: Stray end tag.']);
  });

  it('a clean run is a pass', () => {
    expect(validatorVerdict(run('exit 0'))).toEqual({ errors: [] });
  });
});
