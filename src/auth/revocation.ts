/**
 * The one revocation point: every change to a key, session or personal token row (rotate, update,
 * deactivate, delete, a plan change, expiry, logout, revoking a token or session, deleting an
 * account) goes through `changing`, so that every API process refuses or re-reads the credential
 * on its very next request (docs/key-cache.md), and checks again the live WebSocket connections
 * made with it (docs/subscriptions.md).
 */
import type { CredentialCache, KeyGenerations } from './credential-cache.js';

export interface RevocationOptions {
  /**
   * Close the credential's live connections even when it is only deactivated (which otherwise
   * leaves them open: `deactivateApiKey(terminateConnections: true)`). Deletion, expiry, a
   * rotation's grace end, a leak or a revoked session close them anyway.
   */
  terminateConnections?: boolean;
}

/**
 * Told to every API process after a change: the changed credentials (a prefix of their HMAC, as
 * in their generation key, never the credential) and whether their connections must close.
 */
export interface RevocationNotice {
  hashes: string[];
  terminateConnections: boolean;
}

/** The name a notice gives a credential: the first 32 characters of its HMAC. */
export function noticeHashOf(hash: string): string {
  return hash.slice(0, 32);
}

export type RevocationListener = (notice: RevocationNotice) => void;

export class Revocation {
  private readonly listeners = new Set<RevocationListener>();

  constructor(
    private readonly generations: KeyGenerations,
    /** This process's caches (none in a worker process). */
    private readonly caches: readonly CredentialCache<unknown>[] = [],
    /** Tells the other processes (live-bus.ts `revoked`); never throws. */
    private readonly announce: (notice: RevocationNotice) => Promise<unknown> = async () => undefined,
  ) {}

  /**
   * Runs `write` (which commits a change to these credentials, by their HMACs) between two bumps
   * of their generations. The bump after the commit is what makes the change exact; the one
   * before means that a process dying between commit and bump leaves stale only entries read
   * during the write itself, not every cached copy.
   */
  async changing<T>(hashes: readonly string[], write: () => Promise<T>, options: RevocationOptions = {}): Promise<T> {
    await this.bump(hashes);
    const result = await write();
    await this.changed(hashes, options);
    return result;
  }

  /** After a commit made elsewhere (a worker's statement): every process drops these credentials. */
  async changed(hashes: Iterable<string>, options: RevocationOptions = {}): Promise<void> {
    const all = [...hashes];
    await this.bump(all);
    if (all.length === 0) return;
    const notice: RevocationNotice = {
      hashes: all.map(noticeHashOf),
      terminateConnections: options.terminateConnections === true,
    };
    for (const listener of this.listeners) listener(notice);
    await this.announce(notice);
  }

  /** This process's live connections listen here (src/http/live-connections.ts). */
  onChanged(listener: RevocationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private async bump(hashes: readonly string[]): Promise<void> {
    for (const cache of this.caches) for (const hash of hashes) cache.delete(hash);
    await this.generations.bump(hashes);
  }
}
