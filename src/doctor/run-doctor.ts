import type { ExitCode } from '../exit-codes.ts';
import { formatIssues } from '../config/format-issues.ts';
import { checkConfigText, readConfigText } from '../config/load.ts';
import { resolveConfigPaths } from '../config/paths.ts';
import type { Config } from '../core/config-schema.ts';
import type { Env } from '../google/auth.ts';
import type { ReadText } from '../google/csv-source.ts';
import type { Sleep } from '../google/google-queue.ts';
import type { NotionGatewayOverrides } from '../notion/gateway-from-env.ts';
import { describeBlockEstimate } from '../notion/block-estimate.ts';
import { checkNotion } from './check-notion.ts';
import { checkSources } from './check-sources.ts';
import { writeCheckAfter, type WriteCheckRequest } from './write-check.ts';
import { doctorExitCode, ok, problem, problemFromError, skipped, type Finding } from './findings.ts';

// The whole doctor run: config first (nothing else can be checked without it), then Notion, then the
// response sources. Notion and the sources do not depend on each other, so a broken token still lets
// the sheet headers be checked and one run shows every problem there is.

export interface DoctorOptions {
  configPath: string;
  env: Env;
  /** Reads the config file; defaults to the file system. */
  readConfig?: (path: string) => Promise<string>;
  /** Reads CSV sources; defaults to the file system. */
  readText?: ReadText;
  notionOverrides?: NotionGatewayOverrides;
  googleSleep?: Sleep;
  /** `--write-check`: also create, write to and trash a scratch page; plain doctor only reads. */
  writeCheck?: WriteCheckRequest;
}

export interface DoctorResult {
  findings: Finding[];
  exitCode: ExitCode;
}

async function checkConfig(options: DoctorOptions): Promise<{ findings: Finding[]; config?: Config }> {
  const path = options.configPath;
  let text: string;
  try {
    text = await (options.readConfig ?? readConfigText)(path);
  } catch (error) {
    return { findings: [problemFromError('config', error, 'check the path given to --config')] };
  }
  const parsed = checkConfigText(text);
  if (!parsed.ok) {
    // The same lines `config check` prints, one finding each, so each carries where to fix it.
    const fix = `edit ${path}; \`review-sync config check --config ${path}\` shows the same`;
    return { findings: formatIssues(parsed.issues).map((line) => problem('config', line, fix)) };
  }
  return { findings: [ok('config', `${path} is valid`)], config: resolveConfigPaths(parsed.config, path) };
}

export async function runDoctor(options: DoctorOptions): Promise<DoctorResult> {
  const { findings, config } = await checkConfig(options);
  if (config === undefined) {
    findings.push(skipped('notion', 'needs a valid config'), skipped('sources', 'needs a valid config'));
    return { findings, exitCode: doctorExitCode(findings) };
  }
  findings.push(
    ...(await checkNotion(config, {
      env: options.env,
      ...(options.notionOverrides === undefined ? {} : { overrides: options.notionOverrides }),
    })),
    ...(await checkSources(config, {
      env: options.env,
      ...(options.readText === undefined ? {} : { readText: options.readText }),
      ...(options.googleSleep === undefined ? {} : { sleep: options.googleSleep }),
    })),
  );
  findings.push(ok('notion blocks', describeBlockEstimate(config)));
  if (options.writeCheck) {
    findings.push(...(await writeCheckAfter(findings, config, options.writeCheck, options)));
  }
  return { findings, exitCode: doctorExitCode(findings) };
}
