/**
 * Summarizes a V8 CPU profile (`BENCH_PROFILE=dir npm run bench` writes one for the Latchkey
 * server): self time by package (or `src/…` file of ours), and the hottest functions.
 *
 *   node dist/bench/profile-summary.js bench-profiles/CPU.….cpuprofile [top]
 */
import { readFileSync } from 'node:fs';
import { ownerOf } from './owners.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function main() {
  const [file, topArgument] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary <file.cpuprofile> [top]');
  const top = Number(topArgument ?? 25);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfByOwner = new Map<string, number>();
  const selfByFunction = new Map<string, number>();
  const totalByFunction = new Map<string, number>();
  const nameOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'} ${ownerOf(url, functionName)}:${lineNumber + 1}`;
  };
  let total = 0;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    const micros = profile.timeDeltas[index] ?? 0;
    if (!node) return;
    total += micros;
    const { functionName, url, lineNumber } = node.callFrame;
    const owner = ownerOf(url, functionName);
    selfByOwner.set(owner, (selfByOwner.get(owner) ?? 0) + micros);
    const name = `${functionName || '(anonymous)'} ${owner}:${lineNumber + 1}`;
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + micros);
    // Inclusive: every function on the sampled stack, once per sample.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at);
      if (frame) onStack.add(nameOf(frame));
    }
    for (const frame of onStack) totalByFunction.set(frame, (totalByFunction.get(frame) ?? 0) + micros);
  });
  const print = (title: string, entries: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [name, micros] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`);
    }
  };
  console.log(`${(total / 1e6).toFixed(1)} s sampled`);
  print('self time by owner', selfByOwner);
  print('self time by function', selfByFunction);
  const ours = new Map([...totalByFunction].filter(([name]) => / src\//.test(name)));
  print('total time (self and callees) of our functions', ours);
  if (process.env.PROFILE_ALL) print('total time (self and callees) of every function', totalByFunction);
}

main();
