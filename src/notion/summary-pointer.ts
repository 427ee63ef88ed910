import type { OwnedReviewFields } from '../core/domain.ts';
import { canonicalId } from './ids.ts';

// The Summary block property says which container the tool wrote on this page. Notion's Duplicate
// copies every property value, so a duplicated page arrives naming the original's container. The
// value therefore records the page with the block, `<pageId>/<blockId>`, and a copy is caught from the
// page query alone: no extra request. Values written by earlier releases hold the bare block id.

/** What the recorded value means for the page that holds it. */
export type SummaryPointer =
  | { kind: 'none' }
  /** Written for this page: the container may be deleted as the tool's own. */
  | { kind: 'own'; blockId: string }
  /** A bare id from an earlier release: not known to be this page's, so never deleted blind. */
  | { kind: 'legacy'; blockId: string }
  /** Names another page's container: copied with the page, so the record does not hold here. */
  | { kind: 'foreign'; pageId: string; blockId: string };

export function formatSummaryPointer(pageId: string, blockId: string): string {
  return `${canonicalId(pageId)}/${canonicalId(blockId)}`;
}

/** Reads the property's text for the page it was read on; anything unparseable counts as no record. */
export function readSummaryPointer(text: string | null, pageId: string): SummaryPointer {
  const value = text?.trim() ?? '';
  if (value === '') return { kind: 'none' };
  const parts = value.split('/').map((part) => part.trim());
  if (parts.length === 1) return isIdLike(value) ? { kind: 'legacy', blockId: value } : { kind: 'none' };
  const [page = '', block = ''] = parts;
  if (parts.length !== 2 || !isIdLike(page) || !isIdLike(block)) return { kind: 'none' };
  return canonicalId(page) === canonicalId(pageId)
    ? { kind: 'own', blockId: block }
    : { kind: 'foreign', pageId: canonicalId(page), blockId: block };
}

// Real ids are UUIDs; emulators and fixtures may use short ids, so only whitespace rules a word out.
const isIdLike = (text: string) => text !== '' && !/\s/.test(text);

/**
 * The review's summary record as planning sees it. A copied record is no record: the copied hash was
 * computed for another page's summary and never written here, so it is dropped too, and the page gets
 * a summary of its own whatever that hash says.
 */
export function summaryRecord(
  hash: string | null,
  pointerText: string | null,
  pageId: string,
): Pick<OwnedReviewFields, 'summaryHash' | 'summaryBlock' | 'summaryBlockUnverified' | 'summaryCopiedFrom'> {
  const pointer = readSummaryPointer(pointerText, pageId);
  switch (pointer.kind) {
    case 'none':
      return { summaryHash: hash, summaryBlock: null };
    case 'own':
      return { summaryHash: hash, summaryBlock: pointer.blockId };
    case 'legacy':
      return { summaryHash: hash, summaryBlock: pointer.blockId, summaryBlockUnverified: true };
    case 'foreign':
      return { summaryHash: null, summaryBlock: null, summaryCopiedFrom: pointer.pageId };
  }
}
