/**
 * The one revocation point: every change to a key, session or personal token row (rotate, update,
 * deactivate, delete, a plan change, expiry, logout, revoking a token or session, deleting an
 * account) goes through `changing`, so that every API process
 * refuses or re-reads the credential on its very next request (docs/key-cache.md).
 */
import type { CredentialCache, KeyGenerations } from './credential-cache.js';

export class Revocation {
  constructor(
    private readonly generations: KeyGenerations,
    /** This process's caches (none in a worker process). */
    private readonly caches: readonly CredentialCache<unknown>[] = [],
  ) {}

  /**
   * Runs `write` (which commits a change to these credentials, by their HMACs) between two bumps
   * of their generations. The bump after the commit is what makes the change exact; the one
   * before means that a process dying between commit and bump leaves stale only entries read
   * during the write itself, not every cached copy.
   */
  async changing<T>(hashes: readonly string[], write: () => Promise<T>): Promise<T> {
    await this.changed(hashes);
    const result = await write();
    await this.changed(hashes);
    return result;
  }

  /** After a commit made elsewhere (a worker's statement): every process drops these credentials. */
  async changed(hashes: Iterable<string>): Promise<void> {
    const all = [...hashes];
    for (const cache of this.caches) for (const hash of all) cache.delete(hash);
    await this.generations.bump(all);
  }
}
