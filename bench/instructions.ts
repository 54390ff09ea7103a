/**
 * Instructions retired by a process during a run, counted by Linux `perf stat` (user and kernel).
 * Unlike req/s and CPU time, the count barely moves when other tenants of a shared machine take
 * the CPU, so it tells whether a change made a request cheaper. Optional: where `perf` is missing
 * or the machine does not expose the counter, `startCounting` answers null and the figure is left out.
 */
import { spawn, spawnSync } from 'node:child_process';

let available: boolean | undefined;

function perfWorks(): boolean {
  if (available === undefined) {
    const probe = spawnSync('perf', ['stat', '-x', ',', '-e', 'instructions', 'true'], { encoding: 'utf8' });
    available = probe.status === 0 && /^\d+,/m.test(probe.stderr ?? '');
  }
  return available;
}

export interface Counting {
  /** Stops counting; resolves with the instructions retired since `startCounting`, or null. */
  stop(): Promise<number | null>;
}

/** Starts counting the instructions of process `pid` (all its threads). */
export async function startCounting(pid: number): Promise<Counting | null> {
  if (!perfWorks()) return null;
  const perf = spawn('perf', ['stat', '-x', ',', '-e', 'instructions', '-p', String(pid)], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  perf.stderr.setEncoding('utf8');
  perf.stderr.on('data', (chunk: string) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => perf.once('exit', () => resolve()));
  // perf attaches asynchronously; give it a moment so the run is counted from its start.
  await new Promise((resolve) => setTimeout(resolve, 150));
  return {
    async stop() {
      perf.kill('SIGINT');
      await exited;
      const line = output.split('\n').find((text) => /^\d+,[^,]*,instructions/.test(text));
      return line ? Number(line.split(',')[0]) : null;
    },
  };
}
