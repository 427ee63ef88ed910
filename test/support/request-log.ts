// Which logged sandbox requests count as writes, for "a second run writes nothing" and write counts. Reads
// are GETs and data-source queries (a POST that changes nothing); the sandbox's own control routes
// (/__sandbox) are the test talking to the sandbox, not the tool.

export function isWrite(entry: { method: string; path: string }): boolean {
  return entry.method !== 'GET' && !/\/query(\?|$)/.test(entry.path) && !entry.path.startsWith('/__sandbox');
}
