/** A single rewriting progress line with an ETA, shown only on a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream, startedAt = Date.now()) {
  const enabled = stream.isTTY === true;
  return {
    update(done: number, total: number): void {
      if (!enabled || total === 0) return;
      const elapsed = (Date.now() - startedAt) / 1000;
      const eta = done === 0 ? '?' : `${Math.ceil((elapsed / done) * (total - done))}s`;
      stream.write(`\r${done}/${total} reviews written, about ${eta} left   `);
      if (done === total) stream.write('\n');
    },
  };
}
