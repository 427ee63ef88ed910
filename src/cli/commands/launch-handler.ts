import { writeFile } from 'node:fs/promises';
import * as core from '@actions/core';
import { loadConfig } from '../../config/load.ts';
import { runLaunch, type LaunchReport } from '../../launch/run-launch.ts';
import { EXIT_OK, EXIT_REVIEW_FAILED, type ExitCode } from '../../exit-codes.ts';
import { consoleOutput, toneForStderr, writeData, type Output } from '../output.ts';
import { resolveLogDetail } from '../log-detail.ts';
import { runCommand } from '../run-command.ts';
import type { LaunchFlags } from './launch.ts';

// Under GitHub Actions the job log is readable by everyone with access to the repository, so it gets
// counts only unless --log-detail full; names go to a terminal, or to the report file a person asked for.

function print(report: LaunchReport, output: Output, named: boolean): void {
  const verb = report.dryRun ? 'would create' : 'created';
  if (named) {
    for (const page of report.created) {
      output.info(
        `${verb} ${page.title}${page.pageId ? ` (${page.pageId})` : ''}${page.links ? ', with feedback links' : ''}`,
      );
    }
    for (const person of report.notFound) {
      output.error(
        `${toneForStderr('warning', 'yellow')}: no page for ${person.name}: ${person.who} ${person.ref} is not a user of the Notion workspace`,
      );
    }
    for (const failure of report.failed)
      output.error(`${toneForStderr('failed', 'red')}: ${failure.name}: ${failure.error}`);
    for (const problem of report.rosterProblems)
      output.error(`${toneForStderr('warning', 'yellow')}: skipped ${problem}`);
    for (const page of report.linksAdded)
      output.info(
        `${report.dryRun ? 'would add' : 'added'} feedback links to ${page.name}'s page (${page.pageId})`,
      );
    for (const page of report.linksPending) {
      output.error(
        `${toneForStderr('warning', 'yellow')}: ${page.name}'s page (${page.pageId}) has no feedback links yet: its template was not applied in time`,
      );
    }
  } else if (report.notFound.length + report.failed.length + report.rosterProblems.length > 0) {
    output.error('names are left out at --log-detail aggregate; use --log-detail full or --report-file');
  }
  if (report.linksNote) output.info(`note: ${report.linksNote}`);
  if (report.template) {
    output.info(
      `pages from the template "${report.template.name}": ${report.template.reads} read(s) of page bodies ` +
        `waiting for it (at most ${report.template.readsPerPage} per page)` +
        (report.counts.linksAdded > 0
          ? `; feedback links ${report.dryRun ? 'to add' : 'added'} to ${report.counts.linksAdded} earlier page(s)`
          : ''),
    );
  }
  const c = report.counts;
  output.info(
    `${report.dryRun ? 'dry run: ' : ''}launch ${report.cycle} from the ${report.roster}: ${c.roster} people, ` +
      `${c.created} ${report.dryRun ? 'to create' : 'created'}, ${c.existing} already had a page, ` +
      `${c.notFound} not found, ${c.failed} failed; ${report.requests.notion} Notion requests`,
  );
}

export function launchExitCode(report: LaunchReport, strict: boolean): ExitCode {
  if (report.dryRun) return EXIT_OK;
  if (report.counts.failed > 0) return EXIT_REVIEW_FAILED;
  if (strict && report.counts.notFound + report.rosterProblems.length > 0) return EXIT_REVIEW_FAILED;
  return EXIT_OK;
}

export async function runLaunchCommand(flags: LaunchFlags): Promise<ExitCode> {
  const toStdout = flags.reportFile === '-';
  const output = consoleOutput({ quiet: flags.quiet ?? false, stdoutIsData: toStdout });
  return runCommand(
    async () => {
      const detail = resolveLogDetail(flags.logDetail, process.env);
      const report = await runLaunch({
        config: await loadConfig(flags.config),
        env: process.env,
        cycle: flags.cycle,
        dryRun: flags.dryRun ?? false,
      });
      print(report, output, detail === 'full');
      if (process.env.GITHUB_ACTIONS === 'true' && report.notFound.length > 0) {
        core.warning(`${report.notFound.length} people on the roster are not users of the Notion workspace`, {
          title: 'No review page',
        });
      }
      const json = `${JSON.stringify(report, null, 2)}\n`;
      if (toStdout) writeData(json);
      else if (flags.reportFile) await writeFile(flags.reportFile, json);
      return launchExitCode(report, flags.strict ?? false);
    },
    { debug: flags.debug ?? false, output },
  );
}
