import type { CreateViewParameters } from '@notionhq/client';

// The one place a view's filter and sorts meet the SDK. Notion documents both as the data source query's
// shapes, but SDK 5.26 types them as empty records, so the documented shapes are typed here and handed
// over in a single conversion rather than cast wherever a view is built.

/** A condition on one select or status property, or on a date ("today" is resolved by Notion). */
export type ViewCondition =
  | { select: { equals: string } | { does_not_equal: string } }
  | { status: { equals: string } | { does_not_equal: string } }
  | { date: { before: string } | { on_or_before: string } };

/** `property` is the property's id: it survives a rename, a name would not. */
export type ViewPropertyFilter = { property: string } & ViewCondition;

export interface ViewAnd {
  and: ViewPropertyFilter[];
}

/** Notion allows two levels of compound filters, so an `or` holds plain filters or one `and` each. */
export interface ViewOr {
  or: (ViewPropertyFilter | ViewAnd)[];
}

export type ViewFilter = ViewPropertyFilter | ViewAnd | ViewOr;

export interface ViewSort {
  property: string;
  direction: 'ascending' | 'descending';
}

export type ViewConfiguration = NonNullable<CreateViewParameters['configuration']>;

export interface ViewRequest {
  databaseId: string;
  dataSourceId: string;
  name: string;
  type: 'table' | 'board';
  configuration: ViewConfiguration;
  filter?: ViewFilter;
  sorts?: ViewSort[];
}

type SdkFilter = NonNullable<CreateViewParameters['filter']>;
type SdkSorts = NonNullable<CreateViewParameters['sorts']>;

/** The body of `POST /v1/views` for one view. */
export function createViewParameters(view: ViewRequest): CreateViewParameters {
  return {
    database_id: view.databaseId,
    data_source_id: view.dataSourceId,
    name: view.name,
    type: view.type,
    configuration: view.configuration,
    // The SDK's empty-record types cannot hold the documented shapes; this is their only conversion.
    ...(view.filter ? { filter: view.filter as unknown as SdkFilter } : {}),
    ...(view.sorts ? { sorts: view.sorts as unknown as SdkSorts } : {}),
  };
}
