/**
 * What Mantine needs from a browser that happy-dom leaves out, for the component tests (files
 * marked `@vitest-environment happy-dom` import this first). The other web tests run in node.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Mantine's color scheme and responsive hooks query media; nothing matches in a test.
window.matchMedia = (query: string): MediaQueryList => ({
  matches: false,
  media: query,
  onchange: null,
  addListener: () => undefined,
  removeListener: () => undefined,
  addEventListener: () => undefined,
  removeEventListener: () => undefined,
  dispatchEvent: () => false,
});

// Comboboxes and scroll areas watch their size; there is no layout to watch here.
class NoResizeObserver implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = NoResizeObserver;

// Autosizing textareas re-measure once web fonts load; no font ever loads here.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: new EventTarget(), configurable: true });
}

// Without vitest globals, Testing Library cannot unmount by itself between tests.
afterEach(cleanup);
