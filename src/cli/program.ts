import { Command } from 'commander';
import { registerConfigCommand } from './commands/config.ts';
import { registerDoctorCommand } from './commands/doctor.ts';
import { registerExplainCommand } from './commands/explain.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerInitCommand } from './commands/init.ts';
import { registerLaunchCommand } from './commands/launch.ts';
import { registerMigrateCommand } from './commands/migrate.ts';
import { registerSandboxCommand } from './commands/sandbox.ts';
import { registerSyncCommand } from './commands/sync.ts';
import { packageVersion } from './package-root.ts';

// Each register* file holds only options and help; a command's code (and the Notion and Google clients
// it needs) is imported when that command runs, so `--help` and `--version` start quickly.

export function buildProgram(): Command {
  const program = new Command('review-sync')
    .description('Sync backend-developer performance reviews between Notion and Google Forms')
    .version(packageVersion(), '-V, --version', 'print the version')
    .showHelpAfterError()
    // commander's own usage errors are setup errors too: exit 2, like a bad config.
    .exitOverride((err) => {
      if (err.exitCode === 0) process.exit(0);
      process.exit(2);
    });
  registerLaunchCommand(program);
  registerSyncCommand(program);
  registerExportCommand(program);
  registerDoctorCommand(program);
  registerInitCommand(program);
  registerMigrateCommand(program);
  registerExplainCommand(program);
  registerConfigCommand(program);
  registerSandboxCommand(program);
  program.addHelpText(
    'after',
    [
      '',
      'Examples:',
      '  $ review-sync config init',
      '  $ review-sync launch --cycle 2026-H2 --dry-run',
      '  $ review-sync sync --dry-run',
      '',
      'Each command lists the environment variables it reads: review-sync <command> --help',
    ].join('\n'),
  );
  return program;
}
