import { ConfigError } from '../../errors.ts';
import { formatFinding, summaryLine, type FindingStatus } from '../../doctor/findings.ts';
import { runDoctor } from '../../doctor/run-doctor.ts';
import { colourEnabled, paint, type Tone } from '../colour.ts';
import type { ExitCode } from '../../exit-codes.ts';
import { consoleOutput } from '../output.ts';
import { runCommand } from '../run-command.ts';
import type { DoctorFlags } from './doctor.ts';

const TONES: Record<FindingStatus, Tone> = { ok: 'green', warning: 'yellow', problem: 'red', skipped: 'dim' };

export async function runDoctorCommand(flags: DoctorFlags): Promise<ExitCode> {
  const output = consoleOutput();
  const colour = colourEnabled(process.stdout);
  return runCommand(
    async () => {
      if (flags.parent !== undefined && !flags.writeCheck) {
        throw new ConfigError('--parent is used only with --write-check', {
          details: [
            'Plain doctor writes nothing, so it needs no page: add --write-check, or leave --parent out.',
          ],
        });
      }
      const { findings, exitCode } = await runDoctor({
        configPath: flags.config,
        env: process.env,
        ...(flags.writeCheck
          ? { writeCheck: flags.parent === undefined ? {} : { parent: flags.parent } }
          : {}),
      });
      // One stream keeps the lines in check order; problems on stderr would interleave unpredictably.
      for (const finding of findings) {
        if (flags.quiet && (finding.status === 'ok' || finding.status === 'skipped')) continue;
        const line = formatFinding(finding);
        output.info(paint(finding.status, TONES[finding.status], colour) + line.slice(finding.status.length));
      }
      output.info(summaryLine(findings));
      return exitCode;
    },
    { debug: flags.debug ?? false, output },
  );
}
