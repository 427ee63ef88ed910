import { describe, expect, it } from 'vitest';
import { makeConfig } from '../../test/support/config-builders.ts';
import { createGoogleAuth } from '../google/auth.ts';
import { createGoogleClients } from '../google/clients.ts';
import { readFormSource, type FormSourceConfig } from '../google/forms-source.ts';
import { createGoogleQueue } from '../google/google-queue.ts';
import { ENV, PARENT, recordingOutput, useInitSandbox } from '../../test/support/init-sandbox.ts';
import { runInit } from './run-init.ts';

const kit = useInitSandbox();
const config = makeConfig({ notion: { reviews: { database: 'pending' }, requestsPerSecond: 50 } });

async function initWithForm(dryRun = false) {
  const output = recordingOutput();
  const result = await runInit({
    config,
    parent: PARENT,
    env: ENV,
    withForm: true,
    dryRun,
    force: false,
    output,
  });
  return { result, output };
}

async function googleContext() {
  const credentials = await createGoogleAuth(ENV);
  return { clients: createGoogleClients(credentials.client, ENV), queue: createGoogleQueue() };
}

describe('runInit --with-form', () => {
  it('creates a form that the form source maps without errors', async () => {
    const sandbox = kit.start();
    const { result, output } = await initWithForm();
    const formId = result.form?.formId ?? '';
    expect(formId).not.toBe('');
    expect(output.lines).toContain(`    form: ${formId}`);

    const form = sandbox.state().forms?.find((f) => f.formId === formId);
    expect(form?.settings?.emailCollectionType).toBe('VERIFIED');
    expect(form?.items?.map((i) => i.title)).toEqual([
      'Who are you reviewing?',
      'Your relationship to them',
      'Code quality [CQ]',
      'System design [SD]',
      'Collaboration [COL]',
    ]);
    const source: FormSourceConfig = makeConfig({ sources: [{ type: 'form', form: formId }] })
      .sources[0] as FormSourceConfig;
    await expect(readFormSource(source, config, await googleContext())).resolves.toEqual([]);
  });

  it('maps an answer to the new form into a response with every rating', async () => {
    const sandbox = kit.start();
    const { result } = await initWithForm();
    // A rater answers: the state dump is a seed, so the answered form is loaded into a fresh sandbox.
    const state = sandbox.state();
    const form = state.forms?.find((f) => f.formId === result.form?.formId);
    const ids = (form?.items ?? []).map((i) => i.questionItem?.question.questionId ?? '');
    const values = ['ben.schmidt@example.com', 'Backend peer', '4', 'N/A', '3'];
    form?.responses?.push({
      createTime: '2026-10-20T14:02:51Z',
      respondentEmail: 'carla@example.com',
      answers: Object.fromEntries(
        ids.map((id, i) => [id, { textAnswers: { answers: [{ value: values[i] ?? '' }] } }]),
      ),
    });
    // Handlers added later win, so the answered sandbox now serves every request.
    kit.start(state);
    const source = makeConfig({ sources: [{ type: 'form', form: form?.formId ?? '' }] })
      .sources[0] as FormSourceConfig;
    const [response] = await readFormSource(source, config, await googleContext());
    expect(response).toMatchObject({
      respondentEmail: 'carla@example.com',
      reviewee: 'ben.schmidt@example.com',
      relationship: 'Backend peer',
      ratings: { CQ: '4', SD: 'N/A', COL: '3' },
    });
  });

  it('asks Google for nothing on a dry run and lists the questions', async () => {
    const sandbox = kit.start();
    const { result, output } = await initWithForm(true);
    expect(result.form).toBeNull();
    expect(sandbox.requests.entries().filter((e) => e.path.startsWith('/v1/forms'))).toEqual([]);
    expect(output.lines).toContain('  Code quality [CQ] (choice: 1, 2, 3, 4, 5, N/A, required)');
  });
});
