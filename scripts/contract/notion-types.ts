// The roots the contract schemas are generated from: Notion's own request and response types, as
// @notionhq/client publishes them. Responses use the full object types, never `X | PartialX`: a partial
// object accepts almost any body, so it would let every drift through (docs/sandbox.md).
import type {
  AppendBlockChildrenParameters,
  AppendBlockChildrenResponse,
  BlockObjectResponse,
  CommentObjectResponse,
  CreateCommentParameters,
  CreateDatabaseParameters,
  CreatePageParameters,
  CreateViewParameters,
  DataSourceViewObjectResponse,
  ListDatabaseViewsParameters,
  ListDatabaseViewsResponse,
  DatabaseObjectResponse,
  DataSourceObjectResponse,
  GetPageParameters,
  GetPagePropertyParameters,
  GetPagePropertyResponse,
  ListBlockChildrenParameters,
  ListCommentsParameters,
  ListDataSourceTemplatesParameters,
  ListDataSourceTemplatesResponse,
  ListUsersParameters,
  ListBlockChildrenResponse,
  ListCommentsResponse,
  ListUsersResponse,
  PageObjectResponse,
  QueryDataSourceParameters,
  QueryDataSourceResponse,
  UpdateDataSourceParameters,
  UpdateBlockParameters,
  UpdatePageParameters,
  UserObjectResponse,
} from '@notionhq/client/build/src/api-endpoints.js';

export type NotionPage = PageObjectResponse;
export type NotionBlock = BlockObjectResponse;
export type NotionDatabase = DatabaseObjectResponse;
export type NotionDataSource = DataSourceObjectResponse;
export type NotionUser = UserObjectResponse;
export type NotionComment = CommentObjectResponse;
export type NotionPropertyItem = GetPagePropertyResponse;
export type NotionUserList = ListUsersResponse;
export type NotionCommentList = ListCommentsResponse;
export type NotionBlockList = Omit<ListBlockChildrenResponse, 'results'> & { results: BlockObjectResponse[] };
export type NotionAppendResult = Omit<AppendBlockChildrenResponse, 'results'> & {
  results: BlockObjectResponse[];
};
export type NotionView = DataSourceViewObjectResponse;
export type NotionViewList = ListDatabaseViewsResponse;
export type NotionTemplateList = ListDataSourceTemplatesResponse;
export type NotionQueryResult = Omit<QueryDataSourceResponse, 'results'> & {
  results: (PageObjectResponse | DataSourceObjectResponse)[];
};

// Request bodies: the path and query parameters are stripped from these roots after generation.
export type NotionCreatePage = CreatePageParameters;
export type NotionUpdatePage = UpdatePageParameters;
export type NotionQueryDataSource = QueryDataSourceParameters;
export type NotionAppendChildren = AppendBlockChildrenParameters;
export type NotionUpdateBlock = UpdateBlockParameters;
export type NotionCreateComment = CreateCommentParameters;
export type NotionCreateDatabase = CreateDatabaseParameters;
export type NotionUpdateDataSource = UpdateDataSourceParameters;
export type NotionCreateView = CreateViewParameters;

// Query strings: the parameter types less their path parameters. A query string's values are strings, so
// the check coerces them to these types (a number, an array of one) before it validates.
export type NotionUsersQuery = ListUsersParameters;
export type NotionChildrenQuery = Omit<ListBlockChildrenParameters, 'block_id'>;
export type NotionCommentsQuery = ListCommentsParameters;
export type NotionViewsQuery = ListDatabaseViewsParameters;
export type NotionTemplatesQuery = Omit<ListDataSourceTemplatesParameters, 'data_source_id'>;
export type NotionPropertyItemQuery = Omit<GetPagePropertyParameters, 'page_id' | 'property_id'>;
export type NotionPageQuery = Omit<GetPageParameters, 'page_id'>;
export type NotionFilterPropertiesQuery = Pick<QueryDataSourceParameters, 'filter_properties'>;
