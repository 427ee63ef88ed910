// The public face of the Google emulator; the sandbox framework imports only from here.
export { GoogleEmulator, type GoogleEmulatorOptions } from './emulator.ts';
export { googleSeedSchema, type GoogleSeed } from './seed-schema.ts';
export type { SheetSeed, SheetTabSeed } from './sheets-seed-schema.ts';
export type { FormSeed, FormItemSeed, FormResponseSeed, QuestionSeed } from './forms-seed-schema.ts';
export type { SeedCell } from './cell-value.ts';
