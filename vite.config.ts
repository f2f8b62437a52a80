import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { precompressDirectory } from './scripts/precompress-web.js';

/** Brotli and gzip copies of the built files, which the server sends to browsers that accept them. */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'facto-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressDirectory(outDir);
    },
  };
}

/**
 * The contract's messages one language at a time in the browser: the contract's own imports of
 * `messages/index.ts` (all three catalogues, which the server needs) get the web's lazy
 * stand-in, which has the same exports and loads the reader's language with the UI's texts.
 */
function contractMessagesPerLanguage(): Plugin {
  const eager = path.resolve('src/contract/messages/index.ts');
  const lazy = path.resolve('src/web/i18n/contract-messages.ts');
  return {
    name: 'facto-contract-messages-per-language',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(path.resolve('src/contract')) || !source.includes('messages'))
        return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === eager ? lazy : null;
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [contractMessagesPerLanguage(), react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      treeshake: {
        // The contract and core modules only declare (schemas, constants, pure functions): one
        // whose exports the first page does not use stays out of its chunk, though the barrel
        // (src/contract/index.ts) re-exports it.
        moduleSideEffects: [{ test: /\/src\/(contract|core)\//, sideEffects: false }],
      },
      output: {
        // Everything the entry imports statically is needed by every first visit anyway: one
        // file instead of two dozen small ones, each a request and a set of headers on a slow
        // phone line. Lazy routes keep their own chunks.
        codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/healthz': 'http://127.0.0.1:3000' },
  },
});
