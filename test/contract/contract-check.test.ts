import { afterEach, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/sandbox.ts';
import { observeContract } from '../support/contract/observer.ts';
import { checkExchange } from '../support/contract/validator.ts';
import { takeContractViolations } from '../support/contract/violations.ts';
import {
  BASE_URL,
  IDS,
  reviewSeed,
  TOKEN,
  title,
  useNotionHarness,
} from '../support/notion-emulator-sandbox.ts';

const V2025 = '2025-09-03';
const PAGE_PATH = `/v1/pages/${IDS.page}`;

const seed = () => ({
  ...reviewSeed([{ id: IDS.page, properties: { Name: title('Ada, 2026-H2') } }]),
  sheets: [
    {
      spreadsheetId: 'sheet-1',
      title: 'Responses',
      timeZone: 'UTC',
      sheets: [{ title: 'Form Responses 1', values: [['Timestamp', 'Reviewee']] }],
    },
  ],
  tokens: [TOKEN],
});

function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`${BASE_URL}${path}`, {
    headers: { authorization: `Bearer ${TOKEN}`, 'notion-version': V2025, ...headers },
  });
}

/** The sandbox with one response body rewritten, as a drift in the emulator would. */
function mutating(sandbox: Sandbox, change: (body: Record<string, unknown>) => void): Sandbox {
  const handle = async (request: Request): Promise<Response> => {
    const answer = await sandbox.handle(request);
    const body = (await answer.json()) as Record<string, unknown>;
    change(body);
    return Response.json(body, { status: answer.status });
  };
  return { ...sandbox, handle };
}

async function pageFromSandbox(): Promise<Record<string, unknown>> {
  const answer = await createSandbox({ seed: seed() }).handle(get(PAGE_PATH));
  return (await answer.json()) as Record<string, unknown>;
}

// A test here that provokes drifts on purpose takes them itself; nothing may be left for test/setup.ts.
afterEach(() => expect(takeContractViolations()).toEqual([]));

describe('the contract check', () => {
  it('passes the sandbox as it is', async () => {
    const observed = observeContract(createSandbox({ seed: seed() }));
    await observed.handle(get(PAGE_PATH));
    await observed.handle(get(`/v1/data_sources/${IDS.dataSource}`));
    await observed.handle(get('/v4/spreadsheets/sheet-1'));
    expect(takeContractViolations()).toEqual([]);
  });

  it('fails when a field the SDK requires is dropped from one response, naming endpoint and path', async () => {
    const drifted = mutating(createSandbox({ seed: seed() }), (page) => delete page.created_time);
    const answer = await observeContract(drifted).handle(get(PAGE_PATH));
    expect(answer.status).toBe(200);
    expect(takeContractViolations()).toEqual([
      {
        endpoint: 'pages.retrieve',
        side: 'response',
        path: '/created_time',
        message: 'is required by the contract',
      },
    ]);
  });

  it('fails on a field the SDK does not define, deep in a union', async () => {
    const drifted = mutating(createSandbox({ seed: seed() }), (page) => {
      const name = (page.properties as Record<string, Record<string, unknown>>).Name!;
      name.plain = 'Ada';
    });
    await observeContract(drifted).handle(get(PAGE_PATH));
    expect(takeContractViolations()).toEqual([
      expect.objectContaining({ endpoint: 'pages.retrieve', path: '/properties/Name/plain' }),
    ]);
  });

  it('holds the Google sandbox to the googleapis types', async () => {
    const drifted = mutating(createSandbox({ seed: seed() }), (sheet) => (sheet.timezone = 'UTC'));
    await observeContract(drifted).handle(get('/v4/spreadsheets/sheet-1'));
    expect(takeContractViolations()).toEqual([
      {
        endpoint: 'spreadsheets.get',
        side: 'response',
        path: '/timezone',
        message: 'is not in the contract',
      },
    ]);
  });

  it('checks the request the tool sent', () => {
    const violations = checkExchange({
      method: 'PATCH',
      pathname: PAGE_PATH,
      notionVersion: V2025,
      requestBody: { properties: {}, archive: true },
      status: 200,
      responseBody: undefined,
    });
    expect(violations).toContainEqual(
      expect.objectContaining({ endpoint: 'pages.update', side: 'request', path: '/archive' }),
    );
  });

  it.each([
    ['/v1/users', '?page_size=100&start_cursor=abc', []],
    ['/v1/users', '?page_size=many', [{ path: '/page_size', message: 'must be number' }]],
    [PAGE_PATH, '?filter_properties=title&filter_properties=abc', []],
    [PAGE_PATH, '?filter_property=title', [{ path: '/filter_property', message: 'is not in the contract' }]],
    [
      `/v1/databases/${IDS.database}`,
      '?page_size=5',
      [{ path: '/page_size', message: 'is not in the contract' }],
    ],
  ])('checks the query string of GET %s%s', (pathname, search, expected) => {
    // A 5xx answer: the query is checked, and the body (not JSON) is not.
    const exchange = { method: 'GET', pathname, search, notionVersion: V2025, requestBody: null };
    const found = checkExchange({ ...exchange, status: 500, responseBody: undefined });
    expect(found.map(({ path, message }) => ({ path, message }))).toEqual(expected);
    expect(found.every((v) => v.side === 'query')).toBe(true);
  });

  it('names an endpoint with no contract', () => {
    const exchange = {
      method: 'GET',
      pathname: '/v1/search',
      requestBody: null,
      status: 200,
      responseBody: {},
    };
    expect(checkExchange(exchange)).toEqual([
      {
        endpoint: 'GET /v1/search',
        side: 'route',
        path: '',
        message: 'no contract schema for this endpoint',
      },
    ]);
  });
});

describe('error responses follow the documented error shapes', () => {
  const error = (status: number, responseBody: unknown, pathname = PAGE_PATH) =>
    checkExchange({ method: 'GET', pathname, notionVersion: V2025, requestBody: null, status, responseBody });

  it.each([
    [404, { object: 'error', status: 404, code: 'object_not_found', message: 'Not found.', request_id: 'r' }],
    [
      403,
      {
        object: 'error',
        status: 403,
        code: 'restricted_resource',
        message: 'Block limit reached.',
        additional_data: { block_limit: 1000 },
      },
    ],
    [502, undefined],
  ])('accepts a Notion %i', (status, body) => expect(error(status, body)).toEqual([]));

  it('refuses a Notion error with a field Notion does not send', () => {
    const body = { object: 'error', status: 500, code: 'internal_server_error', message: 'x', retry: true };
    expect(error(500, body)).toEqual([
      { endpoint: 'pages.retrieve', side: 'error', path: '/retry', message: 'is not in the contract' },
    ]);
  });

  it('accepts a Google error and refuses one without its status', () => {
    const path = '/v4/spreadsheets/sheet-1';
    expect(error(404, { error: { code: 404, message: 'Not found.', status: 'NOT_FOUND' } }, path)).toEqual(
      [],
    );
    expect(error(404, { error: { code: 404, message: 'Not found.' } }, path)).toEqual([
      expect.objectContaining({ endpoint: 'spreadsheets.get', side: 'error', path: '/error/status' }),
    ]);
  });
});

describe('overlays', () => {
  const response = (body: unknown, notionVersion = V2025, pathname = PAGE_PATH) =>
    checkExchange({
      method: 'GET',
      pathname,
      notionVersion,
      requestBody: null,
      status: 200,
      responseBody: body,
    });

  it('accepts has_more on a relation or people value, as Notion documents it, and nowhere else', async () => {
    const page = await pageFromSandbox();
    const properties = page.properties as Record<string, Record<string, unknown>>;
    properties.Goals = { id: 'g', type: 'relation', relation: [], has_more: true };
    properties.Reviewee = { id: 'r', type: 'people', people: [], has_more: false };
    expect(response(page)).toEqual([]);
    properties.Score = { id: 's', type: 'number', number: 3, has_more: false };
    expect(response(page)).toEqual([expect.objectContaining({ path: '/properties/Score/has_more' })]);
  });

  it('under 2026-03-11 wants in_trash and no archived in a page', async () => {
    const { archived, ...page } = await pageFromSandbox();
    expect(archived).toBe(false);
    expect(response(page, '2026-03-11')).toEqual([]);
    expect(response(page, V2025)).toEqual([expect.objectContaining({ path: '/archived' })]);
    expect(response({ ...page, archived: false }, '2026-03-11')).toEqual([
      expect.objectContaining({ path: '/archived', message: 'is not in the contract' }),
    ]);
  });

  it('under 2026-03-11 wants in_trash in blocks, databases and data sources too', async () => {
    const sandbox = createSandbox({ seed: seed() });
    const dataSource = (await (
      await sandbox.handle(get(`/v1/data_sources/${IDS.dataSource}`))
    ).json()) as Record<string, unknown>;
    delete dataSource.archived;
    expect(response(dataSource, '2026-03-11', `/v1/data_sources/${IDS.dataSource}`)).toEqual([]);
    const database = (await (await sandbox.handle(get(`/v1/databases/${IDS.database}`))).json()) as Record<
      string,
      unknown
    >;
    delete database.archived;
    expect(response(database, '2026-03-11', `/v1/databases/${IDS.database}`)).toEqual([]);
    expect(response(database, V2025, `/v1/databases/${IDS.database}`)).toEqual([
      expect.objectContaining({ endpoint: 'databases.retrieve', path: '/archived' }),
    ]);
    const block = {
      object: 'block',
      id: 'b',
      parent: { type: 'page_id', page_id: IDS.page },
      created_time: '2026-11-25T08:00:00.000Z',
      last_edited_time: '2026-11-25T08:00:00.000Z',
      created_by: { object: 'user', id: IDS.bot },
      last_edited_by: { object: 'user', id: IDS.bot },
      has_children: false,
      in_trash: false,
      type: 'divider',
      divider: {},
    };
    expect(response(block, '2026-03-11', '/v1/blocks/b')).toEqual([]);
    expect(response(block, V2025, '/v1/blocks/b')).toEqual([expect.objectContaining({ path: '/archived' })]);
  });

  it('under 2026-03-11 takes position in an append, and no longer after', () => {
    const append = (requestBody: unknown) =>
      checkExchange({
        method: 'PATCH',
        pathname: `/v1/blocks/${IDS.page}/children`,
        notionVersion: '2026-03-11',
        requestBody,
        status: 503,
        responseBody: undefined,
      });
    const divider = { type: 'divider', divider: {} };
    expect(append({ children: [divider], position: { type: 'start' } })).toEqual([]);
    expect(append({ children: [divider], after: 'b' })).toEqual([
      expect.objectContaining({ endpoint: 'blocks.children.append', side: 'request', path: '/after' }),
    ]);
  });
});

describe('the shared msw handlers', () => {
  const harness = useNotionHarness();

  it('hold the real SDK traffic to the contract without a test asking', async () => {
    const paragraph = {
      type: 'paragraph',
      paragraph: { rich_text: [{ text: { content: 'hi' } }], tone: 'x' },
    };
    harness.install({
      seed: reviewSeed([{ id: IDS.page, properties: { Name: title('Ada') }, children: [paragraph] }]),
    });
    await harness.client().blocks.children.list({ block_id: IDS.page });
    expect(takeContractViolations()).toEqual([
      {
        endpoint: 'blocks.children.list',
        side: 'response',
        path: '/results/0/paragraph/tone',
        message: 'is not in the contract',
      },
    ]);
  });
});
