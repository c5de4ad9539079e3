import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

// CPU seconds read from /proc, as the peer bench does: of Chromium's processes (split by process type:
// the renderer runs the page, the browser process runs IndexedDB's backend), of the sync server, of
// MariaDB, and of everything else on the machine — which is how a run on a shared machine says how
// disturbed it was.

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Proc {
  ppid: number;
  cpuS: number;
  comm: string;
}

function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cpuS = (Number(rest[11]) + Number(rest[12])) / CLOCK_TICKS;
      procs.set(Number(name), { ppid: Number(rest[1]), cpuS, comm });
    } catch {
      // the process ended while being read
    }
  }
  return procs;
}

/** Chromium's process type: browser, renderer, gpu-process, utility:network… */
function chromiumType(pid: number): string {
  try {
    // Chromium rewrites its title with spaces instead of NULs.
    const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split(/[\0 ]/);
    const type = args.find((a) => a.startsWith('--type='))?.slice(7);
    const sub = args.find((a) => a.startsWith('--utility-sub-type='))?.slice(19);
    if (!type) return /chrom/.test(args[0] ?? '') ? 'browser' : 'other';
    return sub ? `${type}:${sub.split('.').at(-1)}` : type;
  } catch {
    return 'other';
  }
}

function descendants(procs: Map<number, Proc>, root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, p] of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), pid]);
  const found: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    found.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return found;
}

export interface CpuSnapshot {
  at: number;
  /** Busy CPU seconds of the whole machine. */
  busy: number;
  browser: Record<string, number>;
  server: number;
  mariadb: number;
  /** This process and every descendant (browser and server included). */
  own: number;
}

export function cpuSnapshot(serverPid: number | undefined): CpuSnapshot {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields ?? [];
  const procs = readProcs();
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + (procs.get(pid)?.cpuS ?? 0), 0);
  const serverPids = serverPid ? [serverPid, ...descendants(procs, serverPid)] : [];
  const browser: Record<string, number> = {};
  for (const pid of descendants(procs, process.pid)) {
    if (serverPids.includes(pid)) continue;
    const type = chromiumType(pid);
    browser[type] = (browser[type] ?? 0) + (procs.get(pid)?.cpuS ?? 0);
  }
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    busy: (user + nice + system + irq + softirq + steal) / CLOCK_TICKS,
    browser,
    server: sum(serverPids),
    mariadb: sum(
      [...procs].filter(([, p]) => p.comm === 'mariadbd' || p.comm === 'mysqld').map(([pid]) => pid),
    ),
    own: sum(descendants(procs, process.pid)) + (usage.user + usage.system) / 1e6,
  };
}

export interface CpuUse {
  browserCpuS: number;
  rendererCpuS: number;
  browserProcessCpuS: number;
  serverCpuS: number;
  mariadbCpuS: number;
  /** Cores used on average by processes other than this bench's (and MariaDB) meanwhile. */
  otherCores: number;
}

const s = (n: number) => Math.round(n * 100) / 100;

export function cpuUse(a: CpuSnapshot, b: CpuSnapshot): CpuUse {
  const delta = (key: string) => (b.browser[key] ?? 0) - (a.browser[key] ?? 0);
  const browser = Object.keys(b.browser).reduce((total, key) => total + delta(key), 0);
  const mariadb = b.mariadb - a.mariadb;
  const seconds = (b.at - a.at) / 1000;
  return {
    browserCpuS: s(browser),
    rendererCpuS: s(delta('renderer')),
    browserProcessCpuS: s(delta('browser')),
    serverCpuS: s(b.server - a.server),
    mariadbCpuS: s(mariadb),
    otherCores: s(Math.max(0, (b.busy - a.busy - (b.own - a.own) - mariadb) / seconds)),
  };
}

/** Waits (up to `maxS`) until other processes use fewer than `cores` cores; says how busy it was. */
export async function waitQuiet(
  cores: number,
  maxS: number,
): Promise<{ waitedS: number; otherCores: number }> {
  const start = performance.now();
  for (;;) {
    const a = cpuSnapshot(undefined);
    await new Promise((r) => setTimeout(r, 1000));
    const { otherCores } = cpuUse(a, cpuSnapshot(undefined));
    const waitedS = (performance.now() - start) / 1000;
    if (otherCores < cores || waitedS > maxS) return { waitedS: s(waitedS), otherCores };
  }
}
