// The sandbox's public surface: the emulator, its HTTP server, and the seed format. Tests put the same
// emulator behind msw (test/support/sandbox-handlers.ts).
export { createSandbox, familyOf, type Sandbox, type SandboxOptions } from './sandbox.ts';
export { startSandboxServer, type SandboxServer, type SandboxServerOptions } from './server.ts';
export { parseSeed, loadSeedFile, type SandboxSeed } from './seed.ts';
export { SeedError } from './seed-error.ts';
export { seededRandom, type FaultController, type FaultEffect, type ScriptedFault } from './faults.ts';
export type { RequestLog, RequestLogEntry } from './request-log.ts';
export { NOTION_VERSION, NOTION_VERSIONS, DEFAULT_RATE_LIMIT } from './notion/emulator.ts';
