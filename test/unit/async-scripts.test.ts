import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asyncModuleScripts } from '../../scripts/async-scripts.mjs';

describe('asyncModuleScripts', () => {
  it('makes external module scripts async and leaves inline, classic and data scripts alone', () => {
    const html = [
      '<script type="module" src="/_astro/a.js"></script>',
      '<script type="module">inline()</script>',
      '<script src="/classic.js"></script>',
      '<script type="application/json">{}</script>',
      '<script async type="module" src="/_astro/b.js"></script>',
    ].join('');
    expect(asyncModuleScripts(html)).toBe(
      [
        '<script async type="module" src="/_astro/a.js"></script>',
        '<script type="module">inline()</script>',
        '<script src="/classic.js"></script>',
        '<script type="application/json">{}</script>',
        '<script async type="module" src="/_astro/b.js"></script>',
      ].join(''),
    );
  });

  it('is safe only because every client entry that defines an element waits for the parser', () => {
    const dir = join(import.meta.dirname, '../../src/client');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      if (!source.includes('customElements.define(')) continue;
      expect(source, file).toMatch(/document\.readyState === 'loading'\) document\.addEventListener\('DOMContentLoaded', define/);
    }
  });
});
