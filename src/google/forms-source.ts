import type { forms_v1 } from '@googleapis/forms';
import type { Config, SourceConfig } from '../core/config-schema.ts';
import type { RawResponse } from '../core/validation/types.ts';
import { formResource, formResponsePage, parseGoogleResponse } from './api-values.ts';
import type { ConnectGoogle, GoogleContext } from './clients.ts';
import { checkFormQuestions, formColumns } from './form-questions.ts';
import { formFieldMap, mapFormResponse } from './form-response.ts';
import { parseFormId } from './google-ids.ts';
import { buildColumnMap, sourceLabel } from './response-mapping.ts';
import type { ResponseSource } from './source.ts';
import type { FormLinkTemplate } from '../core/forms/prefill-links.ts';
import { linkTemplate } from './form-link-template.ts';

// Reads a form through the Forms API: `forms.get` for the questions, then every page of
// `forms.responses.list`. The question titles go through the column mapping the CSV and sheet sources
// share, so one config matches all three; each response is then read by question id.

export type FormSourceConfig = Extract<SourceConfig, { type: 'form' }>;

export function createFormSource(
  source: FormSourceConfig,
  config: Config,
  connect: ConnectGoogle,
): ResponseSource {
  let template: FormLinkTemplate | null = null;
  return {
    name: sourceLabel(source),
    read: async () =>
      readFormSource(source, config, await connect(), {
        onForm: (form) => {
          // A form whose reviewee question cannot be pre-filled still has responses to read.
          try {
            template = linkTemplate(form, source, config);
          } catch {
            template = null;
          }
        },
      }),
    linkTemplate: () => template,
  };
}

export interface FormReadOptions {
  /** Responses per page; the API's default (and maximum) is 5000. Tests lower it to see several pages. */
  pageSize?: number;
  /** Handed the form as `forms.get` returned it: the pre-fill template comes from it. */
  onForm?: (form: forms_v1.Schema$Form) => void;
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
  options.onForm?.(formData);
  const columns = formColumns(form, source);
  checkFormQuestions(form, columns, source, config, name);
  const fields = formFieldMap(columns, buildColumnMap(columns.headers, source, config));

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
      const raw = mapFormResponse(response, fields, name);
      if (raw !== null) responses.push(raw);
    }
    pageToken = data.nextPageToken ?? undefined;
    // A token seen twice would loop forever; Google never does that, but a proxy might.
    if (pageToken !== undefined && seen.has(pageToken)) break;
    if (pageToken !== undefined) seen.add(pageToken);
  } while (pageToken !== undefined && pageToken !== '');
  return responses;
}
