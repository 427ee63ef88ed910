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
  DatabaseObjectResponse,
  DataSourceObjectResponse,
  GetPagePropertyResponse,
  ListBlockChildrenResponse,
  ListCommentsResponse,
  ListUsersResponse,
  PageObjectResponse,
  QueryDataSourceParameters,
  QueryDataSourceResponse,
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
