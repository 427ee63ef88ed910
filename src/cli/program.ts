import { Command } from 'commander';
import { registerConfigCommand } from './commands/config-check.ts';
import { registerDoctorCommand } from './commands/doctor.ts';
import { registerExportCommand } from './commands/export.ts';
import { registerInitCommand } from './commands/init.ts';
import { registerSandboxCommand } from './commands/sandbox.ts';
import { registerSyncCommand } from './commands/sync.ts';

export function buildProgram(): Command {
  const program = new Command('review-sync')
    .description('Sync backend-developer performance reviews between Notion and Google Forms')
    .showHelpAfterError()
    // commander's own usage errors are setup errors too: exit 2, like a bad config.
    .exitOverride((err) => {
      if (err.exitCode === 0) process.exit(0);
      process.exit(2);
    });
  registerSyncCommand(program);
  registerExportCommand(program);
  registerDoctorCommand(program);
  registerInitCommand(program);
  registerConfigCommand(program);
  registerSandboxCommand(program);
  return program;
}
