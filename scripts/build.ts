// `npm run build`: bundles the CLI and the GitHub Action into dist/ with esbuild. A bundle, not a plain
// tsc emit, because a JavaScript action runs straight from the repository at its tag with no
// `npm install`; and because the published package then needs no runtime dependencies at all.
// Commands stay separate chunks (code splitting), so `--help` loads neither the Notion nor the Google client.
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist');

await rm(outdir, { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: { 'cli/main': 'src/cli/main.ts', 'action/main': 'src/action/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  minify: true,
  legalComments: 'linked',
  metafile: true,
  // Bundled CommonJS dependencies call require() for Node built-ins; ESM has none, so give them one.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  logLevel: 'warning',
});

let bytes = 0;
for (const file of Object.keys(result.metafile.outputs)) bytes += (await stat(join(root, file))).size;
console.log(
  `dist/: ${Object.keys(result.metafile.outputs).length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`,
);
