import { ConfigError } from '../errors.ts';

// Users paste whatever the browser shows. A spreadsheet or form is named in config by its id or by any
// docs.google.com URL that contains it; the id is the path segment after `/d/`.

const ID = /^[A-Za-z0-9_-]{10,}$/;

/** The id in `https://docs.google.com/spreadsheets/d/<id>/edit#gid=0`, or the id itself. */
export function parseSpreadsheetId(value: string): string {
  return parseId(value, 'spreadsheets', 'spreadsheet');
}

/**
 * The id in `https://docs.google.com/forms/d/<id>/edit`, or the id itself. The responder link
 * (`/forms/d/e/<id>/viewform`) carries a different id that the API does not accept, so it is refused
 * with a hint instead of failing later with a 404.
 */
export function parseFormId(value: string): string {
  if (/\/forms\/d\/e\//.test(value)) {
    throw new ConfigError(
      `sources: ${value} is the link people answer the form at, not the form's own address`,
      { details: ['Open the form in edit mode and copy that URL (…/forms/d/<id>/edit), or the id in it.'] },
    );
  }
  return parseId(value, 'forms', 'form');
}

function parseId(value: string, path: string, kind: string): string {
  const text = value.trim();
  if (ID.test(text)) return text;
  const match = new RegExp(`/${path}/(?:u/\\d+/)?d/([A-Za-z0-9_-]+)`).exec(text);
  if (match?.[1] !== undefined) return match[1];
  throw new ConfigError(`sources: "${value}" is neither a ${kind} id nor a ${kind} URL`, {
    details: [
      `Paste the ${kind}'s address from the browser, such as https://docs.google.com/${path}/d/<id>/edit.`,
    ],
  });
}
