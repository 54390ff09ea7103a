import { execFile } from 'node:child_process';
import { chmod, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A private PostgreSQL cluster and a private Redis for fault tests, so they can be stopped and
 * started without touching the shared services on 5432 / 6379. Always `destroy()` them (afterAll).
 */
const run = promisify(execFile);

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function findPgBin(): Promise<string> {
  const { stdout } = await run('sh', ['-c', 'ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1']);
  const bin = stdout.trim();
  if (!bin) throw new Error('No PostgreSQL server binaries under /usr/lib/postgresql/*/bin.');
  return bin;
}

/** initdb refuses to run as root; run the server binaries as the postgres OS user then. */
function asPostgres(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

export class ThrowawayPostgres {
  private dir = '';
  private bin = '';
  /** Server settings added at every start (`-c name=value`). */
  private settings: string[] = [];
  running = false;

  private constructor(readonly port: number) {}

  /** A folder the server's OS user owns. */
  private static async folder(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'latchkey-pg-'));
    if (process.getuid?.() === 0) {
      const { stdout } = await run('id', ['-u', 'postgres']);
      const { stdout: gid } = await run('id', ['-g', 'postgres']);
      await chown(dir, Number(stdout.trim()), Number(gid.trim()));
    }
    await chmod(dir, 0o700);
    return dir;
  }

  /**
   * A streaming replica of `primary` (pg_basebackup -R into a folder of its own), started on a
   * port of its own with `settings` (e.g. `log_statement=all`). Always `destroy()` it.
   */
  static async replicaOf(primary: ThrowawayPostgres, settings: string[] = []): Promise<ThrowawayPostgres> {
    const replica = new ThrowawayPostgres(await freePort());
    replica.bin = primary.bin;
    replica.settings = settings;
    replica.dir = await ThrowawayPostgres.folder();
    try {
      const [command, args] = asPostgres(join(replica.bin, 'pg_basebackup'), [
        '-h',
        '127.0.0.1',
        '-p',
        String(primary.port),
        '-U',
        'postgres',
        '-D',
        join(replica.dir, 'data'),
        '-R',
        '-X',
        'stream',
        '--no-sync',
      ]);
      await run(command, args);
      await replica.start();
    } catch (error) {
      await replica.destroy();
      throw error;
    }
    return replica;
  }

  /** The server's log (what `log_statement` wrote, among the rest). */
  async log(): Promise<string> {
    return readFile(join(this.dir, 'server.log'), 'utf8').catch(() => '');
  }

  static async create(): Promise<ThrowawayPostgres> {
    const pg = new ThrowawayPostgres(await freePort());
    pg.bin = await findPgBin();
    pg.dir = await ThrowawayPostgres.folder();
    const [command, args] = asPostgres(join(pg.bin, 'initdb'), [
      '-D',
      join(pg.dir, 'data'),
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--no-sync',
    ]);
    await run(command, args);
    await pg.start();
    return pg;
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const extra = this.settings.map((setting) => ` -c ${setting}`).join('');
    const options = `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off${extra}`;
    const [command, args] = asPostgres(join(this.bin, 'pg_ctl'), [
      '-D',
      join(this.dir, 'data'),
      '-o',
      options,
      '-l',
      join(this.dir, 'server.log'),
      '-w',
      '-t',
      '30',
      'start',
    ]);
    await run(command, args);
    this.running = true;
  }

  /** `fast` disconnects clients and stops; `immediate` is a crash without shutdown. */
  async stop(mode: 'fast' | 'immediate' = 'fast'): Promise<void> {
    const [command, args] = asPostgres(join(this.bin, 'pg_ctl'), [
      '-D',
      join(this.dir, 'data'),
      '-m',
      mode,
      '-w',
      '-t',
      '30',
      'stop',
    ]);
    await run(command, args);
    this.running = false;
  }

  async destroy(): Promise<void> {
    if (!this.dir) return;
    if (this.running) await this.stop('immediate').catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
    this.dir = '';
  }
}

export class ThrowawayRedis {
  private dir = '';
  running = false;

  private constructor(readonly port: number) {}

  static async create(): Promise<ThrowawayRedis> {
    const redis = new ThrowawayRedis(await freePort());
    redis.dir = await mkdtemp(join(tmpdir(), 'latchkey-redis-'));
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await run('redis-server', [
      '--port',
      String(this.port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'yes',
      '--dir',
      this.dir,
      '--pidfile',
      join(this.dir, 'redis.pid'),
      '--logfile',
      join(this.dir, 'redis.log'),
    ]);
    // daemonize returns before the port is open.
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const ok = await run('redis-cli', ['-p', String(this.port), 'ping']).then(
        ({ stdout }) => stdout.trim() === 'PONG',
        () => false,
      );
      if (ok) {
        this.running = true;
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`redis-server on port ${this.port} did not answer.`);
  }

  async stop(): Promise<void> {
    await run('redis-cli', ['-p', String(this.port), 'shutdown', 'nosave']).catch(() => undefined);
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const down = await run('redis-cli', ['-p', String(this.port), 'ping']).then(
        () => false,
        () => true,
      );
      if (down) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    this.running = false;
  }

  async destroy(): Promise<void> {
    if (!this.dir) return;
    if (this.running) await this.stop();
    await rm(this.dir, { recursive: true, force: true });
    this.dir = '';
  }
}

/** A port that is free together with its cluster bus port (port + 10000), as Redis Cluster needs. */
async function freeClusterPort(taken: Set<number>): Promise<number> {
  const listens = (port: number) =>
    new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    if (taken.has(port)) continue;
    if ((await listens(port)) && (await listens(port + 10_000))) return port;
  }
  throw new Error('No free port pair for a Redis Cluster node.');
}

/**
 * A private Redis Cluster of `masters` masters, each with `replicasPerMaster` replicas, on spare
 * ports, for the cluster tests (LATCHKEY_REDIS_CLUSTER_NODES). A node that stops answering fails
 * over after about a second (`cluster-node-timeout` 1000). Always `destroy()` it (afterAll).
 */
export class ThrowawayRedisCluster {
  private constructor(
    private readonly dir: string,
    readonly ports: readonly number[],
    private readonly replicasPerMaster: number,
  ) {}

  static async create(masters = 3, replicasPerMaster = 0): Promise<ThrowawayRedisCluster> {
    const dir = await mkdtemp(join(tmpdir(), 'latchkey-redis-cluster-'));
    const taken = new Set<number>();
    for (let index = 0; index < masters * (1 + replicasPerMaster); index += 1) taken.add(await freeClusterPort(taken));
    const cluster = new ThrowawayRedisCluster(dir, [...taken], replicasPerMaster);
    try {
      await cluster.start();
    } catch (error) {
      await cluster.destroy();
      throw error;
    }
    return cluster;
  }

  /** `LATCHKEY_REDIS_CLUSTER_NODES` for this cluster. */
  get nodes(): string {
    return this.ports.map((port) => `127.0.0.1:${port}`).join(',');
  }

  private async start(): Promise<void> {
    for (const port of this.ports) {
      await run('redis-server', [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--cluster-enabled',
        'yes',
        '--cluster-config-file',
        join(this.dir, `nodes-${port}.conf`),
        '--cluster-node-timeout',
        '1000',
        '--save',
        '',
        '--appendonly',
        'no',
        '--daemonize',
        'yes',
        '--dir',
        this.dir,
        '--pidfile',
        join(this.dir, `redis-${port}.pid`),
        '--logfile',
        join(this.dir, `redis-${port}.log`),
      ]);
    }
    for (const port of this.ports) await waitFor(port, 'ping', (reply) => reply === 'PONG');
    await run('redis-cli', [
      '--cluster',
      'create',
      ...this.nodes.split(','),
      '--cluster-replicas',
      String(this.replicasPerMaster),
      '--cluster-yes',
    ]);
    // Every node must agree that all slots are served before clients connect.
    for (const port of this.ports) await waitFor(port, 'cluster info', (reply) => reply.includes('cluster_state:ok'));
    if (this.replicasPerMaster > 0) {
      // ...and every replica must have attached to its master.
      for (const port of this.ports) {
        await waitFor(port, 'role', (reply) => reply.startsWith('master') || reply.includes('\nconnected'));
      }
    }
  }

  /** The port of the master that serves `key`'s slot now (ask a node that is still up). */
  async masterOf(key: string): Promise<number> {
    for (const port of this.ports) {
      if (this.killed.has(port)) continue;
      const slot = await run('redis-cli', ['-p', String(port), 'cluster', 'keyslot', key]).then(
        ({ stdout }) => Number(stdout.trim()),
        () => null,
      );
      if (slot === null) continue;
      const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'nodes']);
      for (const line of stdout.split('\n')) {
        const fields = line.trim().split(' ');
        if (!fields[2]?.includes('master') || fields[2].includes('fail')) continue;
        const owns = fields.slice(8).some((range) => {
          const [from, to = from] = range.split('-').map(Number);
          return from !== undefined && to !== undefined && slot >= from && slot <= to;
        });
        if (owns) return Number(fields[1]?.split(':')[1]?.split('@')[0]);
      }
    }
    throw new Error(`No master serves the slot of ${key}.`);
  }

  private readonly killed = new Set<number>();

  /** Crashes the node on `port` (SIGKILL, no shutdown): its replica takes over after the node timeout. */
  async kill(port: number): Promise<void> {
    const pid = await readFile(join(this.dir, `redis-${port}.pid`), 'utf8');
    process.kill(Number(pid.trim()), 'SIGKILL');
    this.killed.add(port);
  }

  /** Waits until every node still up says the cluster is ok and `key`'s slot has a live master. */
  async waitForFailover(key: string, dead: number, timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const master = await this.masterOf(key).catch(() => dead);
      if (master !== dead) {
        const states = await Promise.all(
          this.ports
            .filter((port) => !this.killed.has(port))
            .map((port) =>
              run('redis-cli', ['-p', String(port), 'cluster', 'info']).then(
                ({ stdout }) => stdout.includes('cluster_state:ok'),
                () => false,
              ),
            ),
        );
        if (states.every(Boolean)) return master;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No replica took over from ${dead} within ${timeoutMs} ms.`);
  }

  async destroy(): Promise<void> {
    for (const port of this.ports) {
      if (this.killed.has(port)) continue;
      await run('redis-cli', ['-p', String(port), 'shutdown', 'nosave']).catch(() => undefined);
    }
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Polls `redis-cli -p port <command>` until `ok(reply)`, for up to 10 s. */
async function waitFor(port: number, command: string, ok: (reply: string) => boolean): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const reply = await run('redis-cli', ['-p', String(port), ...command.split(' ')]).then(
      ({ stdout }) => stdout.trim(),
      () => '',
    );
    if (ok(reply)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`redis-server on port ${port} never answered "${command}" as expected.`);
}
