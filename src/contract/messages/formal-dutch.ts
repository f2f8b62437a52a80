/**
 * Facto addresses Dutch readers with the formal "u" only. Returns the informal words found
 * (je, jij, jou, jouw, jullie, jezelf…) so catalogue and template tests can name them.
 */
export function informalDutch(text: string): string[] {
  return [
    ...text.matchAll(/(?<![\p{L}\p{N}])(je|jij|jou|jouw|jouwe|jullie|jezelf)(?![\p{L}\p{N}])/giu),
  ].map((match) => match[0]);
}
