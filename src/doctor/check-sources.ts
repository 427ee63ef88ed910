import type { Config, SourceConfig } from '../core/config-schema.ts';
import { formResource, parseGoogleResponse } from '../google/api-values.ts';
import { readUtf8File } from '../google/read-utf8.ts';
import { createGoogleAuth, type Env } from '../google/auth.ts';
import { createGoogleClients, type GoogleContext } from '../google/clients.ts';
import { readCsvSource, type ReadText } from '../google/csv-source.ts';
import { checkFormQuestions, formColumns } from '../google/form-questions.ts';
import { parseFormId } from '../google/google-ids.ts';
import { createGoogleQueue, type Sleep } from '../google/google-queue.ts';
import { buildColumnMap, sourceLabel } from '../google/response-mapping.ts';
import { readSheetSource } from '../google/sheets-source.ts';
import { ok, problemFromError, skipped, type Finding } from './findings.ts';

// The response sources, read through the same code a sync uses, so that a header or question the sync
// would reject is reported here with the same message (it names what is missing and lists what was
// found). Google credentials are checked only when a sheet or form source exists, as a sync does.

type FormSource = Extract<SourceConfig, { type: 'form' }>;

export interface SourceCheckOptions {
  env: Env;
  /** Reads CSV files; defaults to the file system. */
  readText?: ReadText;
  /** Tests make the Google queue's retry wait instant. */
  sleep?: Sleep;
}

const readUtf8: ReadText = readUtf8File;

const SOURCE_FIX = "fix the source's entry under `sources` in config, or the sheet, form or file it names";

/** `forms.get` only: the questions are all doctor needs, and responses may be many pages. */
async function checkForm(source: FormSource, config: Config, { clients, queue }: GoogleContext) {
  const formId = parseFormId(source.form);
  const { data } = await queue.run({ kind: 'form', id: formId, method: 'forms.get' }, () =>
    clients.forms.forms.get({ formId }),
  );
  const form = parseGoogleResponse(formResource, data, 'forms.get', sourceLabel(source));
  const columns = formColumns(form, source);
  checkFormQuestions(form, columns, source, config, sourceLabel(source));
  buildColumnMap(columns.headers, source, config);
  return `form "${form.info?.title ?? ''}" has every configured question`;
}

async function checkSource(
  source: SourceConfig,
  config: Config,
  readText: ReadText,
  google: GoogleContext | null,
): Promise<Finding> {
  const check = `source ${sourceLabel(source)}`;
  try {
    if (source.type === 'csv') {
      const responses = await readCsvSource(source, config, readText);
      return ok(check, `header has every configured column (${responses.length} responses)`);
    }
    if (google === null) return skipped(check, 'needs Google credentials');
    if (source.type === 'sheet') {
      const responses = await readSheetSource(source, config, google);
      return ok(check, `header row has every configured column (${responses.length} responses)`);
    }
    return ok(check, await checkForm(source, config, google));
  } catch (error) {
    return problemFromError(check, error, SOURCE_FIX);
  }
}

async function connectGoogle(
  env: Env,
  sleep: Sleep | undefined,
): Promise<{ finding: Finding; context: GoogleContext | null }> {
  try {
    const credentials = await createGoogleAuth(env);
    const queue = createGoogleQueue({
      ...(sleep === undefined ? {} : { sleep }),
      ...(credentials.principal === undefined ? {} : { principal: credentials.principal }),
    });
    const who = credentials.principal === undefined ? '' : ` as ${credentials.principal}`;
    return {
      finding: ok('google credentials', `found (${credentials.method}${who})`),
      context: { clients: createGoogleClients(credentials.client, env), queue },
    };
  } catch (error) {
    return {
      finding: problemFromError('google credentials', error, 'set GOOGLE_OAUTH_ACCESS_TOKEN'),
      context: null,
    };
  }
}

export async function checkSources(config: Config, options: SourceCheckOptions): Promise<Finding[]> {
  if (config.sources.length === 0) {
    return [skipped('sources', 'none configured')];
  }
  const findings: Finding[] = [];
  let google: GoogleContext | null = null;
  if (config.sources.some((source) => source.type !== 'csv')) {
    const connected = await connectGoogle(options.env, options.sleep);
    findings.push(connected.finding);
    google = connected.context;
  }
  // One after another, like a sync: the shared queue paces Google, and the order of lines is config's.
  for (const source of config.sources) {
    findings.push(await checkSource(source, config, options.readText ?? readUtf8, google));
  }
  return findings;
}
