/**
 * What the offline service worker keeps on a reader's device after one visit
 * (docs/adr/0009): the files of `<dist>/offline.json`, the list the build's
 * sw.js precaches, counted and summed as stored and gzipped at level 6, the
 * way the nginx example serves them (and so roughly what the first visit
 * downloads in the background), split into the two languages' pages and the
 * rest (scripts, styles, search index, icons). The worker also caches the
 * list itself (a few kB), left out here. The worker is reported apart: it is
 * fetched again on every visit, not kept in the cache.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { OFFLINE_LIST_FILE, SERVICE_WORKER_FILE } from '../build/service-worker.mjs';

export interface PrecacheGroup {
  group: string;
  files: number;
  bytes: number;
  gzip: number;
}

export interface PrecacheSize {
  cacheId: string;
  groups: PrecacheGroup[];
  total: PrecacheGroup;
  worker: { bytes: number; gzip: number };
}

const groupOf = (url: string): string => /^\/(sv|en)\//.exec(url)?.[1] ?? 'shared';

function sizes(path: string): { bytes: number; gzip: number } {
  const body = readFileSync(path);
  return { bytes: statSync(path).size, gzip: gzipSync(body, { level: 6 }).length };
}

export function precacheSize(dist: string): PrecacheSize {
  const { cacheId, files } = JSON.parse(readFileSync(join(dist, OFFLINE_LIST_FILE), 'utf8')) as { cacheId: string; files: string[] };
  const groups = new Map<string, PrecacheGroup>();
  for (const url of files) {
    const name = groupOf(url);
    const group = groups.get(name) ?? { group: name, files: 0, bytes: 0, gzip: 0 };
    const size = sizes(join(dist, url));
    groups.set(name, { group: name, files: group.files + 1, bytes: group.bytes + size.bytes, gzip: group.gzip + size.gzip });
  }
  const list = [...groups.values()].sort((a, b) => a.group.localeCompare(b.group));
  const total = list.reduce((sum, g) => ({ group: 'total', files: sum.files + g.files, bytes: sum.bytes + g.bytes, gzip: sum.gzip + g.gzip }), {
    group: 'total',
    files: 0,
    bytes: 0,
    gzip: 0,
  });
  return { cacheId, groups: list, total, worker: sizes(join(dist, SERVICE_WORKER_FILE)) };
}
