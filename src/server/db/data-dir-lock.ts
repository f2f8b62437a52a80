import fs from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The data directory ${dir} is already in use by Facto process ${pid}. ` +
        'Only one process can open an embedded database; stop the other one, or set DATABASE_URL to use PostgreSQL.',
    );
  }
}

/** Linux's PF_EXITING: the task is tearing down and never runs user code again. */
const PF_EXITING = 0x4;

interface ProcStat {
  state: string;
  flags: number;
  startTime: string;
}

/** `/proc/<pid>/stat` (Linux); undefined where there is no such file. */
function procStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: fields resume after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0] ?? '', flags: Number(fields[6]), startTime: fields[19] ?? '' };
}

/** What identifies this process in the lock file: its pid and, on Linux, its start time. */
function lockContent(pid: number): string {
  const stat = procStat(pid);
  return stat ? `${pid} ${stat.startTime}` : String(pid);
}

/**
 * Whether the lock's owner can still touch the database. A process killed with -9 can linger a
 * moment as a zombie (not yet reaped by its parent) or while the kernel frees its memory; it
 * runs no more code, so it counts as dead. A recycled pid (another start time) is not the owner.
 */
function ownerAlive(pid: number, startTime: string | undefined): boolean {
  const stat = procStat(pid);
  if (stat) {
    if (stat.state === 'Z' || stat.state === 'X' || (stat.flags & PF_EXITING) !== 0) return false;
    return startTime === undefined || startTime === stat.startTime;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process per PGlite directory: an exclusive lock file holding our pid (and start time). A
 * lock left by a process that died (kill -9, power loss) is taken over at once, so a crash never
 * blocks the next start; a lock whose owner is alive is refused.
 */
export function acquireDataDirLock(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'facto.lock');
  const content = lockContent(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, content, { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(file, 'utf8') === content) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pidText, startTime] = fs.readFileSync(file, 'utf8').trim().split(/\s+/);
      const pid = Number(pidText);
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && ownerAlive(pid, startTime)) {
        throw new DataDirLockedError(dir, pid);
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data directory ${dir}`);
}
