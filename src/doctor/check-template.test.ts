import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_SETUP } from '../exit-codes.ts';
import { demoSetup, useDoctorSandbox, type DemoSetup } from '../../test/support/doctor-sandbox.ts';

// Doctor with `launch.template` set: the reviews data source's templates are listed (a read) and the
// configured one must be among them.

const kit = useDoctorSandbox();

async function setupWith(template: string, templates: Record<string, unknown>[]): Promise<DemoSetup> {
  const setup = await demoSetup();
  setup.config.launch = { template };
  const source = setup.seed.notion.databases[0]!.dataSources[0]! as unknown as Record<string, unknown>;
  source.templates = templates;
  return setup;
}

const reviewPage = { id: '7e000000-0000-4000-8000-000000000001', name: 'Review page', is_default: true };
const shortPage = { id: '7e000000-0000-4000-8000-000000000002', name: 'Short review' };

describe('doctor and launch.template', () => {
  it.each<[string, string, Record<string, unknown>[], string]>([
    ['the default template', 'default', [shortPage, reviewPage], 'the default template "Review page"'],
    ['a named template', 'Short review', [reviewPage, shortPage], 'the template "Short review"'],
  ])('passes %s, with reads only', async (_label, template, templates, detail) => {
    const { findings, exitCode, sandbox } = await kit.run(await setupWith(template, templates));
    expect(findings.find((f) => f.check === 'launch template')).toMatchObject({
      status: 'ok',
      message: expect.stringContaining(detail) as string,
    });
    expect(exitCode).toBe(EXIT_OK);
    expect(sandbox.requests.entries().filter((e) => e.method !== 'GET')).toEqual([]);
  });

  it.each<[string, string, Record<string, unknown>[], string, string]>([
    ['a named template that is missing', 'Annual review', [reviewPage], 'is not a template', 'New template'],
    [
      '"default" with no default template',
      'default',
      [shortPage],
      'has no default template',
      'Set as default',
    ],
    [
      '"default" with no templates at all',
      'default',
      [],
      'the data source has no templates',
      'Set as default',
    ],
  ])('reports %s with a fix', async (_label, template, templates, problem, fix) => {
    const { findings, exitCode } = await kit.run(await setupWith(template, templates));
    const finding = findings.find((f) => f.check === 'launch template');
    expect(finding?.status).toBe('problem');
    expect(finding?.message).toContain(problem);
    expect(finding?.fix).toContain(fix);
    expect(exitCode).toBe(EXIT_SETUP);
  });

  it('lists no templates with the default "none"', async () => {
    const { findings, sandbox } = await kit.run(await demoSetup());
    expect(findings.map((f) => f.check)).not.toContain('launch template');
    expect(sandbox.requests.entries().filter((e) => /\/templates(\?|$)/.test(e.path))).toEqual([]);
  });
});
