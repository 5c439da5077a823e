import type { SpawnSyncReturns } from 'node:child_process';

/**
 * What a run of the Nu Html Checker says: its error lines (file paths made site paths), or why the
 * run cannot be trusted. No error lines is a pass only if the validator ran to the end: a JVM
 * killed for memory or time prints nothing, and must not read as a clean site.
 */
export function validatorVerdict(result: SpawnSyncReturns<string>): { errors: string[]; failure?: string } {
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const errors = output
    .split('\n')
    .filter((line) => line.includes('error'))
    .map((line) => line.replace(/"file:[^"]*\/(dist[^/]*)\//, '"/'));
  const tail = output.slice(-2000);
  if (result.error) return { errors, failure: `the validator did not run: ${result.error.message}` };
  if (result.signal) return { errors, failure: `the validator was killed (${result.signal}) before it finished:\n${tail}` };
  if (result.status !== 0 && errors.length === 0) return { errors, failure: `the validator exited with status ${result.status}:\n${tail}` };
  return { errors };
}
