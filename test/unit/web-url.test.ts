// Addresses that become links on the site (a source's original and copy, an official document's
// URL, an ingest override) must be http(s): a javascript:, data: or vbscript: URL would be
// published as a live link. One schema checks them all.
import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../scripts/ingest/overrides';
import { webUrlSchema } from '../../src/schemas/common';
import { referenceSchema } from '../../src/schemas/datasets/references';
import { sourceSchema } from '../../src/schemas/source';

const hostile = [
  'javascript:alert(1)',
  'JavaScript://example.org/%0Aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'ftp://example.org/x',
  'https://example.org/a b',
  'https://',
  '//example.org/x',
];
const good = ['https://www.whitehouse.gov/presidential-actions/2025/04/x/', 'http://example.org/a?b=c#d'];

const source = {
  title: 'A headline',
  publisher: 'Kyodo News',
  published: '2025-04-10',
  dateBasis: 'stated',
  dateNote: 'the page states 10 April 2025',
  rawFile: 'x.txt',
};
const reference = { id: 'eo-1', issuer: 'The White House', title: 'An order', identifier: 'EO 1', date: '2025-04-02' };

describe('webUrlSchema', () => {
  it.each(good)('accepts %s', (url) => expect(webUrlSchema.safeParse(url).success).toBe(true));
  it.each(hostile)('refuses %j with a message saying what to give', (url) => {
    const result = webUrlSchema.safeParse(url);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/http\(s\) address/);
  });

  it.each(hostile)('is what sources (url, copyUrl), references and ingest overrides use: %j', (url) => {
    expect(sourceSchema.safeParse({ ...source, url }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: null, copyUrl: url }).success).toBe(false);
    expect(referenceSchema.safeParse({ ...reference, url }).success).toBe(false);
    const { problems } = parseOverrides({ 'x.txt': { sources: [{ id: 'x', publisher: 'Kyodo', url }] } });
    expect(problems.map((p) => p.where)).toContain('x.txt.sources.0.url');
  });

  it('trims spaces around an address (the trimmed address is what is published)', () => {
    expect(webUrlSchema.parse(' https://example.org/ ')).toBe('https://example.org/');
  });

  it('still accepts good addresses everywhere', () => {
    expect(sourceSchema.safeParse({ ...source, url: good[0], copyUrl: good[1] }).success).toBe(true);
    expect(referenceSchema.safeParse({ ...reference, url: good[0] }).success).toBe(true);
  });
});
