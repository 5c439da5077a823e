import { existsSync, readdirSync, statSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import type { Machine } from './results';

// Paths, settings and small helpers every bench section shares.

export const ROOT = resolve(import.meta.dirname, '../..');
export const WORK = join(ROOT, '.bench');
export const SITE_OUT = join(ROOT, 'dist-bench');
export const REPORT = join(ROOT, 'BENCHMARKS.md');
export const TIME_BIN = '/usr/bin/time';
/** Above this estimate a scale build moves to the background (unless --foreground). */
export const BACKGROUND_AFTER_S = 15 * 60;
export const CPU_SLOWDOWN = 4;
/**
 * Lighthouse's "slow 4G" as applied by DevTools throttling (lighthouse-core constants
 * `mobileSlow4G`): 150 ms RTT × 3.75, 1.6 Mbps down × 0.9, 750 kbps up × 0.9. Throughputs are in
 * bytes per second, as `Network.emulateNetworkConditions` takes them.
 */
export const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8,
  uploadThroughput: (750 * 1024 * 0.9) / 8,
} as const;

/** The pages measured: one of each type. Paths are site paths under the base "/". */
export const PAGES = {
  home: '/',
  essay: '/stories/from-145-to-30/',
  chart: '/charts/us-china-escalation/',
  embed: '/embed/us-china-escalation/',
} as const;
export type PageType = keyof typeof PAGES;

// ---------------------------------------------------------------------------------------------

export const log = (message: string) => console.log(`[bench] ${message}`);
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

export function machine(chromium?: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    ...(chromium ? { chromium } : {}),
    load: Math.round((loadavg()[0] ?? 0) * 10) / 10,
  };
}

export function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) n++;
    }
  };
  if (existsSync(dir)) walk(dir);
  return n;
}
