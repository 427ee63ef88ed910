/** Which API an endpoint belongs to; each has its own schema file and error shape. */
export type ContractFamily = 'notion' | 'google';

/** One endpoint the tool calls, with the generated roots its request body and its response must fit. */
export interface ContractEndpoint {
  family: ContractFamily;
  /** The SDK's name for the call, used in every report. */
  name: string;
  method: string;
  /** Notion: the path under `/v1`, written as the sandbox's router writes it; Google: the full path. */
  pattern: RegExp;
  request?: string;
  response: string;
  /** The root its query string must fit; an endpoint without one is sent no query parameters. */
  query?: string;
}

const ID = '([^/]+)';

const endpointOf =
  (family: ContractFamily) =>
  (
    name: string,
    method: string,
    pattern: RegExp,
    response: string,
    request?: string,
    query?: string,
  ): ContractEndpoint => ({
    family,
    name,
    method,
    pattern,
    response,
    ...(request ? { request } : {}),
    ...(query ? { query } : {}),
  });

const notion = endpointOf('notion');
const google = endpointOf('google');

/** Every Notion endpoint the sandbox answers, in the order of its router. */
export const NOTION_ENDPOINTS: ContractEndpoint[] = [
  notion('users.me', 'GET', /^\/users\/me$/, 'NotionUser'),
  notion('users.list', 'GET', /^\/users$/, 'NotionUserList', undefined, 'NotionUsersQuery'),
  notion('users.retrieve', 'GET', new RegExp(`^/users/${ID}$`), 'NotionUser'),
  notion('databases.create', 'POST', /^\/databases$/, 'NotionDatabase', 'NotionCreateDatabase'),
  notion('databases.retrieve', 'GET', new RegExp(`^/databases/${ID}$`), 'NotionDatabase'),
  notion('dataSources.retrieve', 'GET', new RegExp(`^/data_sources/${ID}$`), 'NotionDataSource'),
  notion(
    'dataSources.update',
    'PATCH',
    new RegExp(`^/data_sources/${ID}$`),
    'NotionDataSource',
    'NotionUpdateDataSource',
  ),
  notion(
    'dataSources.query',
    'POST',
    new RegExp(`^/data_sources/${ID}/query$`),
    'NotionQueryResult',
    'NotionQueryDataSource',
    'NotionFilterPropertiesQuery',
  ),
  notion(
    'dataSources.listTemplates',
    'GET',
    new RegExp(`^/data_sources/${ID}/templates$`),
    'NotionTemplateList',
    undefined,
    'NotionTemplatesQuery',
  ),
  notion(
    'pages.create',
    'POST',
    /^\/pages$/,
    'NotionPage',
    'NotionCreatePage',
    'NotionFilterPropertiesQuery',
  ),
  notion('pages.retrieve', 'GET', new RegExp(`^/pages/${ID}$`), 'NotionPage', undefined, 'NotionPageQuery'),
  notion(
    'pages.update',
    'PATCH',
    new RegExp(`^/pages/${ID}$`),
    'NotionPage',
    'NotionUpdatePage',
    'NotionFilterPropertiesQuery',
  ),
  notion(
    'pages.properties.retrieve',
    'GET',
    new RegExp(`^/pages/${ID}/properties/${ID}$`),
    'NotionPropertyItem',
    undefined,
    'NotionPropertyItemQuery',
  ),
  notion('blocks.retrieve', 'GET', new RegExp(`^/blocks/${ID}$`), 'NotionBlock'),
  notion('blocks.update', 'PATCH', new RegExp(`^/blocks/${ID}$`), 'NotionBlock', 'NotionUpdateBlock'),
  notion('blocks.delete', 'DELETE', new RegExp(`^/blocks/${ID}$`), 'NotionBlock'),
  notion(
    'blocks.children.list',
    'GET',
    new RegExp(`^/blocks/${ID}/children$`),
    'NotionBlockList',
    undefined,
    'NotionChildrenQuery',
  ),
  notion(
    'blocks.children.append',
    'PATCH',
    new RegExp(`^/blocks/${ID}/children$`),
    'NotionAppendResult',
    'NotionAppendChildren',
  ),
  notion('comments.create', 'POST', /^\/comments$/, 'NotionComment', 'NotionCreateComment'),
  notion('comments.list', 'GET', /^\/comments$/, 'NotionCommentList', undefined, 'NotionCommentsQuery'),
  notion('views.create', 'POST', /^\/views$/, 'NotionView', 'NotionCreateView'),
  notion('views.list', 'GET', /^\/views$/, 'NotionViewList', undefined, 'NotionViewsQuery'),
  notion('views.retrieve', 'GET', new RegExp(`^/views/${ID}$`), 'NotionView'),
];

/** Every Forms v1 and Sheets v4 endpoint the Google sandbox answers. */
export const GOOGLE_ENDPOINTS: ContractEndpoint[] = [
  google('forms.create', 'POST', /^\/v1\/forms$/, 'GoogleForm', 'GoogleForm'),
  google('forms.get', 'GET', /^\/v1\/forms\/[^/:]+$/, 'GoogleForm'),
  google(
    'forms.batchUpdate',
    'POST',
    /^\/v1\/forms\/[^/:]+:batchUpdate$/,
    'GoogleFormBatchUpdateResult',
    'GoogleFormBatchUpdate',
  ),
  google('forms.responses.list', 'GET', /^\/v1\/forms\/[^/:]+\/responses$/, 'GoogleFormResponseList'),
  google('forms.responses.get', 'GET', /^\/v1\/forms\/[^/:]+\/responses\/[^/]+$/, 'GoogleFormResponse'),
  google('spreadsheets.get', 'GET', /^\/v4\/spreadsheets\/[^/]+$/, 'GoogleSpreadsheet'),
  google(
    'spreadsheets.values.batchGet',
    'GET',
    /^\/v4\/spreadsheets\/[^/]+\/values:batchGet$/,
    'GoogleBatchGetValues',
  ),
  google('spreadsheets.values.get', 'GET', /^\/v4\/spreadsheets\/[^/]+\/values\/[^/]+$/, 'GoogleValueRange'),
];

/** Path and query parameters the SDKs' parameter types carry beside the body; they are not in a body. */
export const NON_BODY_PARAMETERS = ['page_id', 'block_id', 'data_source_id', 'filter_properties'];

/** Request roots whose body does carry one of those names: a view is created for a data source. */
export const BODY_PARAMETERS_KEPT: Readonly<Record<string, readonly string[]>> = {
  NotionCreateView: ['data_source_id'],
};

/** Every generated root an endpoint names. */
export function rootsOf(endpoint: ContractEndpoint): string[] {
  return [endpoint.response, endpoint.request, endpoint.query].filter((root) => root !== undefined);
}
