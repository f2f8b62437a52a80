import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Clock } from './platform/clock.js';
import type { AuthContext } from './platform/auth/sessions.js';
import type { TtlCache } from './platform/ttl-cache.js';
import type { MembershipRow } from './modules/me/me.repository.js';
import type { FileStorage } from './platform/storage/file-storage.js';
import type { JobQueue } from './platform/jobs/job-queue.js';
import type { SecretBox } from './platform/secrets.js';

/** What services are built from: plain values handed down by `buildApp`, no container. */
export interface Deps {
  config: Config;
  db: Database;
  clock: Clock;
  storage: FileStorage;
  /** Background jobs (pg-boss): enqueued in the transaction of the change that causes them. */
  jobs: JobQueue;
  /** Encrypts stored credentials (access point secrets). */
  secrets: SecretBox;
  /** Resolved sessions by id (the hash of the cookie). */
  sessions: TtlCache<string, AuthContext>;
  /** Each user's organizations, for /me and the switcher. */
  memberships: TtlCache<string, MembershipRow[]>;
}

/** Who asked, and from where: carried into audit rows. */
export interface Actor {
  userId: string;
  organizationId: string;
  ip: string | null;
}
