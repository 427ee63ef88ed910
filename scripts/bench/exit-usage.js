// Preloaded into the bench's dry-run child (`node --import`), which runs the built CLI: at exit it
// writes the process's own peak RSS and CPU time to the file BENCH_USAGE_FILE names. Plain
// JavaScript, so measuring loads no TypeScript loader into the process it measures.
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({
        peakRssMiB: usage.maxRSS / 1024,
        cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
      }),
    );
  });
}
