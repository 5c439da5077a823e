import { existsSync, readFileSync } from 'node:fs';
import type { PageBytes } from '../support/page-weight';
import { REPORT } from './context';

// Results: kept as JSON in a comment at the end of BENCHMARKS.md, so running one section again keeps the others.

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  chromium?: string;
  /** 1-minute load average when the section started: how busy the machine was. */
  load?: number;
}
export interface BuildRun {
  wallS: number;
  cpuS?: number;
  /** Largest resident set of any single process (GNU time's "Maximum resident set size"). */
  maxRssMiB?: number;
  /** Peak of the summed resident sets of the whole process tree, sampled every 100 ms. */
  treeRssMiB: number;
  pages: number;
  exitCode: number;
}
export interface BuildSection {
  at: string;
  machine: Machine;
  run: BuildRun;
  searchIndexS?: number;
  timeTool: string;
}
export interface BytesSection {
  at: string;
  pages: Record<string, PageBytes>;
}
export interface BrowserRun {
  /** Median time between two key presses: the resolution of "answered". */
  keyGap: number | null;
  fcp: number | null;
  visible: number | null;
  defined: number | null;
  answered: number | null;
  latency: number | null;
}
export interface BrowserSection {
  at: string;
  machine: Machine;
  viewport: Record<string, string>;
  pages: Record<string, { url: string; runs: BrowserRun[] }>;
  /** Network throttling, when any ("slow 4G"); absent means loopback at full speed. */
  network?: string;
}
export interface LighthousePage {
  url: string;
  scores?: Record<string, number | null>;
  metrics?: Record<string, string>;
  lost?: string[];
  error?: string;
}
export interface LighthouseSection {
  at: string;
  machine: Machine;
  version?: string;
  pages: Record<string, LighthousePage>;
  error?: string;
}
export interface ScaleRow {
  synthetic: number;
  stories: number;
  charts: number;
  run?: BuildRun;
  pending?: { since: string; estimateS: number; log: string };
  error?: string;
}
export interface ScaleSection {
  at: string;
  machine: Machine;
  rows: Record<string, ScaleRow>;
  estimate?: string;
}
export interface RebuildSection {
  at: string;
  machine: Machine;
  synthetic: number;
  edited: string;
  /** clean, warm, prose-edit; `cache` is the drawing cache's own count of outputs made and reused. */
  runs: Record<string, BuildRun & { cache?: { made: number; reused: number } }>;
}
export interface DevLoopSection {
  at: string;
  machine: Machine;
  story: string;
  /** Milliseconds from saving the story to the first frame showing the edit, one per edit. */
  runs: number[];
  median: number | null;
}
export interface Results {
  machine?: Machine;
  at?: string;
  build?: BuildSection;
  bytes?: BytesSection;
  browser?: BrowserSection;
  /** The same measure with the network throttled to slow 4G. */
  browserSlow4g?: BrowserSection;
  lighthouse?: LighthouseSection;
  scale?: ScaleSection;
  /** By the number of synthetic stories added. */
  rebuild?: Record<string, RebuildSection>;
  devLoop?: DevLoopSection;
}

export const DATA_MARK = '<!-- bench-data';

export function loadResults(): Results {
  if (!existsSync(REPORT)) return {};
  const text = readFileSync(REPORT, 'utf8');
  const start = text.lastIndexOf(DATA_MARK);
  if (start < 0) return {};
  const json = text.slice(start + DATA_MARK.length, text.lastIndexOf('-->'));
  try {
    return JSON.parse(json) as Results;
  } catch {
    return {};
  }
}
