import type { Config, SourceConfig } from '../core/config-schema.ts';
import type { RawResponse } from '../core/types.ts';
import { formResource, formResponsePage, parseGoogleResponse, type FormResponse } from './api-values.ts';
import type { ConnectGoogle, GoogleContext } from './clients.ts';
import { checkFormQuestions, formColumns, type FormColumns } from './form-questions.ts';
import { parseFormId } from './google-ids.ts';
import { buildColumnMap, mapRow, sourceLabel, type Cell } from './response-mapping.ts';
import type { ResponseSource } from './source.ts';

// Reads a form through the Forms API: `forms.get` for the questions, then every page of
// `forms.responses.list`. Each response becomes a row laid out like the form's CSV export (timestamp,
// email, one column per question), so the shared column mapping turns it into the same RawResponse.

export type FormSourceConfig = Extract<SourceConfig, { type: 'form' }>;

export function createFormSource(
  source: FormSourceConfig,
  config: Config,
  connect: ConnectGoogle,
): ResponseSource {
  return {
    name: sourceLabel(source),
    read: async () => readFormSource(source, config, await connect()),
  };
}

export interface FormReadOptions {
  /** Responses per page; the API's default (and maximum) is 5000. Tests lower it to see several pages. */
  pageSize?: number;
}

/** Every response of the form, in the order the API lists them; `ref` is the response id. */
export async function readFormSource(
  source: FormSourceConfig,
  config: Config,
  { clients, queue }: GoogleContext,
  options: FormReadOptions = {},
): Promise<RawResponse[]> {
  const name = sourceLabel(source);
  const formId = parseFormId(source.form);
  const target = (method: string) => ({ kind: 'form' as const, id: formId, method });

  const { data: formData } = await queue.run(target('forms.get'), () => clients.forms.forms.get({ formId }));
  const form = parseGoogleResponse(formResource, formData, 'forms.get', name);
  const columns = formColumns(form, source);
  checkFormQuestions(form, columns, source, config, name);
  const map = buildColumnMap(columns.headers, source, config);

  const responses: RawResponse[] = [];
  let pageToken: string | undefined;
  const seen = new Set<string>();
  do {
    const { data: pageData } = await queue.run(target('forms.responses.list'), () =>
      clients.forms.forms.responses.list({
        formId,
        ...(pageToken === undefined ? {} : { pageToken }),
        ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
      }),
    );
    const data = parseGoogleResponse(formResponsePage, pageData, 'forms.responses.list', name);
    for (const response of data.responses ?? []) {
      const raw = mapRow(toRow(response, columns), map, response.responseId ?? '', name);
      if (raw !== null) responses.push(raw);
    }
    pageToken = data.nextPageToken ?? undefined;
    // A token seen twice would loop forever; Google never does that, but a proxy might.
    if (pageToken !== undefined && seen.has(pageToken)) break;
    if (pageToken !== undefined) seen.add(pageToken);
  } while (pageToken !== undefined && pageToken !== '');
  return responses;
}

/**
 * The response as a CSV-export row. The time is `lastSubmittedTime`, so an edited response counts from its
 * last edit, cut to whole seconds as the export and the response sheet show it; several answers to one
 * question (checkboxes) are joined with ";".
 */
function toRow(response: FormResponse, columns: FormColumns): Cell[] {
  const submitted = response.lastSubmittedTime ?? response.createTime ?? null;
  const row: Cell[] = [submitted?.replace(/\.\d+(?=Z$|[+-]\d{2}:\d{2}$)/, '') ?? null];
  if (columns.emailColumn) row.push(response.respondentEmail ?? null);
  for (const questionId of columns.questionIds) {
    const answers = response.answers?.[questionId]?.textAnswers?.answers ?? [];
    const values = answers.map((answer) => answer.value ?? '').filter((value) => value !== '');
    row.push(values.length === 0 ? null : values.join(';'));
  }
  return row;
}
