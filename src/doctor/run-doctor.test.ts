import { describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_SETUP } from '../exit-codes.ts';
import type { Sandbox } from '../sandbox/index.ts';
import {
  demoHeaders,
  demoSetup,
  ENV,
  reviewPages,
  reviewProperties,
  sheetSeed,
  useDoctorSandbox,
} from '../../test/support/doctor-sandbox.ts';
import { formatFinding, type Finding } from './findings.ts';

const kit = useDoctorSandbox();

const lines = (findings: Finding[]) => findings.map(formatFinding);
/** Doctor reads only: every request it sent was a GET. */
const nonReads = (sandbox: Sandbox) => sandbox.requests.entries().filter((e) => e.method !== 'GET');

describe('runDoctor against the sandbox', () => {
  it('passes the healthy demo set-up, check by check, with reads only', async () => {
    const { findings, exitCode, sandbox } = await kit.run(await demoSetup());
    expect(findings.map((f) => [f.status, f.check])).toEqual([
      ['ok', 'config'],
      ['ok', 'notion token'],
      ['ok', 'notion users'],
      ['ok', 'reviews schema'],
      ['ok', 'goals schema'],
      ['ok', 'action items schema'],
      ['ok', 'feedback requests schema'],
      ['ok', 'google credentials'],
      ['ok', 'source Demo export'],
      ['ok', 'source Demo sheet'],
      ['ok', 'source Demo form'],
      ['ok', 'notion blocks'],
    ]);
    expect(exitCode).toBe(EXIT_OK);
    expect(sandbox.requests.entries().length).toBeGreaterThan(0);
    expect(nonReads(sandbox)).toEqual([]);
  });

  it('warns that a Feedback requests data source does nothing while nominations are off', async () => {
    const setup = await demoSetup();
    (setup.config.raters as Record<string, unknown>).nominations = 'off';
    const { findings, exitCode } = await kit.run(setup);
    expect(lines(findings.filter((f) => f.status === 'warning'))).toContain(
      'warning  feedback requests: notion.feedbackRequests is set but raters.nominations is off: no row is created, answered, withdrawn or reminded: set raters.nominations to track or required, or remove notion.feedbackRequests',
    );
    expect(exitCode).toBe(EXIT_OK);
  });

  it('checks no action items database with action items as to-dos, even one left in the config', async () => {
    const setup = await demoSetup();
    const notion = setup.config.notion as { actionItems: Record<string, unknown> };
    notion.actionItems = { ...notion.actionItems, mode: 'todos' };
    const { findings, exitCode, sandbox } = await kit.run(setup);
    expect(findings.map((f) => f.check)).not.toContain('action items schema');
    expect(exitCode).toBe(EXIT_OK);
    const itemsDatabase = '5a000000-0000-4000-8000-000000000001';
    expect(sandbox.requests.entries().filter((e) => e.path.includes(itemsDatabase))).toEqual([]);
  });

  it('reports a renamed property, a wrong type, a missing stage option and a missing header, each with its fix', async () => {
    const setup = await demoSetup();
    const properties = reviewProperties(setup);
    properties.Score = properties['Overall score'];
    delete properties['Overall score'];
    properties['Peer responses'] = { type: 'rich_text', rich_text: {} };
    // The team renamed the option "Completed" to "Done", on the property and on its pages.
    const stage = properties.Stage as { status: { options: { name: string }[] } };
    for (const option of stage.status.options) if (option.name === 'Completed') option.name = 'Done';
    for (const page of reviewPages(setup)) {
      // Pages of the earlier cycle hold a score; it moves with the renamed property.
      if ('Overall score' in page.properties) {
        page.properties.Score = page.properties['Overall score'];
        delete page.properties['Overall score'];
      }
      const value = page.properties.Stage as { status: { name: string } };
      if (value.status.name === 'Completed') value.status.name = 'Done';
    }
    const headers = (await demoHeaders()).map((h) => (h === 'System design [SD]' ? 'System design' : h));
    setup.seed.sheets = [sheetSeed(headers)];

    const { findings, exitCode, sandbox } = await kit.run(setup);
    const problems = lines(findings.filter((f) => f.status === 'problem'));
    expect(problems).toEqual([
      "problem  reviews schema: property 'Overall score' is missing: run `review-sync migrate --apply`, which adds the properties the tool owns, or add a number property named 'Overall score' in Notion or point notion.reviews.properties.overallScore at another property",
      "problem  reviews schema: property 'Peer responses' is rich_text, expected number: change its type in Notion or point notion.reviews.properties.peerResponses at another property",
      "problem  reviews schema: stage 'Stage' has no option 'Completed': add the option 'Completed' in Notion (or set stages.completed to the option's name)",
      expect.stringContaining(
        'problem  source Demo sheet: Demo sheet: missing column "System design [SD]" (rating for SD). Headers found: "Timestamp"',
      ),
    ]);
    expect(problems[3]).toContain("Set the source's `fields` or the competency's `question`");
    expect(exitCode).toBe(EXIT_SETUP);
    expect(nonReads(sandbox)).toEqual([]);
  });

  it('reports a form question that is missing, naming the questions found', async () => {
    const setup = await demoSetup();
    const form = setup.seed.forms?.[0] as { items: { title: string }[] };
    form.items = form.items.filter((item) => item.title !== 'Collaboration [COL]');
    const { findings, exitCode } = await kit.run(setup);
    const form404 = findings.find((f) => f.check === 'source Demo form');
    expect(form404?.status).toBe('problem');
    expect(form404?.message).toContain('has no question "Collaboration [COL]" (rating for COL)');
    expect(form404?.fix).toContain("Set the source's `fields`");
    expect(exitCode).toBe(EXIT_SETUP);
  });

  it('without NOTION_TOKEN says how to set it, skips the schema and still checks the sources', async () => {
    const { findings, exitCode, sandbox } = await kit.run(await demoSetup(), { ...ENV, NOTION_TOKEN: '' });
    expect(lines(findings).slice(1, 3)).toEqual([
      'problem  notion token: NOTION_TOKEN is not set: Create an internal integration in Notion, share the databases with it, and export its secret as NOTION_TOKEN.',
      'skipped  notion schema: needs a working NOTION_TOKEN',
    ]);
    expect(findings.filter((f) => f.check.startsWith('source')).map((f) => f.status)).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
    expect(exitCode).toBe(EXIT_SETUP);
    const notionCalls = sandbox.requests
      .entries()
      .filter((e) => !/^\/v\d\/(forms|spreadsheets)/.test(e.path));
    expect(notionCalls).toEqual([]);
  });

  it('with a token Notion refuses says which secret to set', async () => {
    const { findings, exitCode } = await kit.run(await demoSetup(), {
      ...ENV,
      NOTION_TOKEN: 'secret_revoked',
    });
    const token = findings.find((f) => f.check === 'notion token');
    expect(token?.status).toBe('problem');
    expect(token?.fix).toBe(
      'set NOTION_TOKEN to the current secret of the integration the databases are shared with',
    );
    expect(exitCode).toBe(EXIT_SETUP);
  });

  it.each([
    ['database', '4a000000-0000-4000-8000-0000000000ff'],
    ['dataSource', '4b000000-0000-4000-8000-0000000000ff'],
  ])('reports a %s that is not shared or does not exist', async (key, id) => {
    const setup = await demoSetup();
    const notion = setup.config.notion as { goals: Record<string, unknown> };
    delete notion.goals.dataSource;
    notion.goals[key] = id;
    const { findings } = await kit.run(setup);
    const goals = findings.find((f) => f.check === 'goals schema');
    expect(goals?.status).toBe('problem');
    expect(goals?.message).toContain('was not found');
    expect(goals?.fix).toContain('share the database with the integration');
  });

  it('names the data source id to paste when a section gives its database', async () => {
    const setup = await demoSetup();
    const notion = setup.config.notion as { goals: Record<string, unknown> };
    delete notion.goals.dataSource;
    notion.goals.database = '4a000000-0000-4000-8000-000000000001';
    const { findings, exitCode } = await kit.run(setup);
    expect(findings.find((f) => f.check === 'goals schema')?.status).toBe('ok');
    expect(findings.find((f) => f.check === 'goals data source')).toEqual({
      status: 'ok',
      check: 'goals data source',
      message:
        'tip: notion.goals: write `dataSource: 4b000000-0000-4000-8000-000000000001` in place of ' +
        '`database: 4a000000-0000-4000-8000-000000000001` to save one Notion request per run',
    });
    expect(exitCode).toBe(EXIT_OK);
  });

  it('names the data source of a database id given as `dataSource:`', async () => {
    const setup = await demoSetup();
    const notion = setup.config.notion as { goals: Record<string, unknown> };
    notion.goals.dataSource = '4a000000-0000-4000-8000-000000000001';
    const { findings } = await kit.run(setup);
    const goals = findings.find((f) => f.check === 'goals schema');
    expect(goals?.status).toBe('problem');
    expect(goals?.fix).toContain('dataSource: 4b000000-0000-4000-8000-000000000001');
  });

  it('says so when users come back without email addresses (a missing capability)', async () => {
    const setup = await demoSetup();
    const users = setup.seed.notion.users as { person?: unknown }[];
    for (const user of users) delete user.person;
    const { findings, exitCode } = await kit.run(setup);
    const check = findings.find((f) => f.check === 'notion users');
    expect(check).toMatchObject({ status: 'problem' });
    expect(check?.fix).toContain('Read user information including email addresses');
    expect(exitCode).toBe(EXIT_SETUP);
  });

  it('lists every config problem as `config check` does and stops there, sending nothing', async () => {
    const setup = await demoSetup();
    setup.config.scale = { min: 1, max: 'five' };
    setup.config.enforce = 'yes';
    const { findings, exitCode, sandbox } = await kit.run(setup);
    expect(findings.filter((f) => f.check === 'config').length).toBeGreaterThanOrEqual(2);
    expect(findings.every((f) => f.status !== 'ok')).toBe(true);
    expect(findings.find((f) => f.check === 'config')?.fix).toContain(
      'config check --config demo/review-sync.yaml',
    );
    expect(exitCode).toBe(EXIT_SETUP);
    expect(sandbox.requests.entries()).toEqual([]);
  });
});
