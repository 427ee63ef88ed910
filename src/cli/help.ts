import type { Command } from 'commander';

/** Environment variables, by what they do, so each command's help lists the ones it reads. */
export const ENV_HELP = {
  NOTION_TOKEN: 'the Notion integration secret (required)',
  NOTION_API_BASE_URL: 'another Notion API host: a proxy, or the sandbox',
  GOOGLE_APPLICATION_CREDENTIALS: 'a service-account key or external-account file (Google sources)',
  GOOGLE_OAUTH_ACCESS_TOKEN: 'a ready Google access token instead of credentials',
  GOOGLE_API_ROOT_URL: 'another Google API host: a proxy, or the sandbox',
  NO_COLOR: 'set to anything to turn colour off',
  GITHUB_ACTIONS: 'set by GitHub Actions: job summary and annotations',
} as const;

export type EnvName = keyof typeof ENV_HELP;

/** What a command that reads Notion and the response sources, and writes run output, reads: sync and launch. */
export const RUN_ENV: EnvName[] = [
  'NOTION_TOKEN',
  'NOTION_API_BASE_URL',
  'GOOGLE_APPLICATION_CREDENTIALS',
  'GOOGLE_OAUTH_ACCESS_TOKEN',
  'GOOGLE_API_ROOT_URL',
  'GITHUB_ACTIONS',
  'NO_COLOR',
];

/** Appends "Examples" and "Environment" sections to a command's --help. */
export function withUsage(command: Command, examples: string[], env: EnvName[]): Command {
  const width = Math.max(...env.map((name) => name.length));
  const lines = ['', 'Examples:', ...examples.map((example) => `  $ ${example}`)];
  if (env.length > 0) {
    lines.push('', 'Environment:', ...env.map((name) => `  ${name.padEnd(width)}  ${ENV_HELP[name]}`));
  } else lines.push('', 'Environment: none read.');
  return command.addHelpText('after', lines.join('\n'));
}
