import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { singleValues } from '@/lib/search-params';

const appDir = path.join(__dirname, '../../app');

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? pages(full) : entry.name === 'page.tsx' ? [full] : [];
  });
}

describe('search parameters', () => {
  // A repeated parameter (?q=a&q=b) arrives as an array: a page reading it as a string throws (a 500).
  it('every page that takes searchParams reads them through singleValues', () => {
    const offenders = pages(appDir)
      .filter((file) => /\bsearchParams\b/.test(readFileSync(file, 'utf8')) && !/\bsingleValues\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(appDir, file));
    expect(offenders).toEqual([]);
  });

  it('singleValues keeps the first of a repeated parameter and drops what is not text', () => {
    expect(singleValues({ a: ['1', '2'], b: 'x', c: undefined, d: [] })).toEqual({ a: '1', b: 'x' });
  });
});
