import fs from 'node:fs/promises';
import path from 'node:path';
import { newId } from '../ids.js';
import type { FileStorage } from './file-storage.js';

/** Files under one directory. Writes go to a temporary file first, so a crash never leaves half a file. */
export function createLocalStorage(root: string): FileStorage {
  const resolve = (key: string): string => {
    if (!/^[a-z0-9][a-z0-9/._-]*$/i.test(key) || key.includes('..'))
      throw new Error(`Invalid storage key ${key}`);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const file = resolve(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temporary = `${file}.${newId()}.tmp`;
      await fs.writeFile(temporary, data, { flush: true });
      await fs.rename(temporary, file);
    },
    async get(key) {
      try {
        return await fs.readFile(resolve(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(resolve(key), { force: true });
    },
  };
}
