import type { DomainModule } from '../module.js';
import { startExpiryWorker } from './expiry.worker.js';
import { KeyExpiryNotice } from './key-expiry.entity.js';

/** Marks keys EXPIRED when their time or grace ends, and records `key.expiring` notices. */
export const keyExpiryModule: DomainModule = {
  name: 'key-expiry',
  entities: [KeyExpiryNotice],
  workers: [startExpiryWorker],
};
