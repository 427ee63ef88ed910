// The roots the Google contract schemas are generated from: the Forms v1 and Sheets v4 resource types
// that @googleapis/forms and @googleapis/sheets publish (every field there is optional, so the check
// catches fields Google does not define and values of the wrong type, not missing ones).
import type { forms_v1 } from '@googleapis/forms';
import type { sheets_v4 } from '@googleapis/sheets';

export type GoogleForm = forms_v1.Schema$Form;
export type GoogleFormResponse = forms_v1.Schema$FormResponse;
export type GoogleFormResponseList = forms_v1.Schema$ListFormResponsesResponse;
export type GoogleFormBatchUpdate = forms_v1.Schema$BatchUpdateFormRequest;
export type GoogleFormBatchUpdateResult = forms_v1.Schema$BatchUpdateFormResponse;
export type GoogleSpreadsheet = sheets_v4.Schema$Spreadsheet;
export type GoogleValueRange = sheets_v4.Schema$ValueRange;
export type GoogleBatchGetValues = sheets_v4.Schema$BatchGetValuesResponse;
