/** An invalid seed, refused at start-up with the path of the bad value and the reason. */
export class SeedError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`invalid seed at ${path || '(root)'}: ${reason}`);
    this.name = 'SeedError';
  }
}

/** Formats a zod-style path (`['notion', 'databases', 0, 'id']`) as `notion.databases[0].id`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}
