/**
 * The error toasts still on screen, by the page they were raised on: a later success on that
 * page takes them away, so "Could not save" never stays beside "Saved".
 */
export class ErrorToasts {
  private readonly pages = new Map<string, string>();

  /** An error toast `id` raised on `page` (a pathname). */
  add(id: string, page: string): void {
    this.pages.set(id, page);
    // Toasts that closed by themselves are never told; only the latest few can still show.
    if (this.pages.size > 50) {
      const oldest = this.pages.keys().next().value;
      if (oldest !== undefined) this.pages.delete(oldest);
    }
  }

  /** The error toasts of `page`, forgotten as they are handed back to be hidden. */
  takeFor(page: string): string[] {
    const ids = [...this.pages].filter(([, at]) => at === page).map(([id]) => id);
    for (const id of ids) this.pages.delete(id);
    return ids;
  }
}
