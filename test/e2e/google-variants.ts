import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { parse } from 'yaml';
import { parseCsv } from '../../src/google/csv-parse.ts';
import { parseResponseTimestamp } from '../../src/google/response-timestamp.ts';
import { ROOT } from './harness.ts';

// The demo's CSV export, written out the other two ways Google hands the same answers over: a linked
// response sheet (wall-clock times in the sheet's zone, as typed) and the Forms API (answers by question id).

const ZONE = 'Europe/Berlin';
export const SPREADSHEET_ID = '1demoSheetResponsesAbCdEfGhIjKlMnOpQrStUvWx';
export const FORM_ID = '1demoFormResponsesAbCdEfGhIjKlMnOpQrStUvWxYz';

interface DemoRows {
  headers: string[];
  rows: string[][];
  ratingHeaders: Set<string>;
}

async function demoRows(): Promise<DemoRows> {
  const [headers = [], ...rows] = parseCsv(await readFile(join(ROOT, 'demo/responses.csv'), 'utf8'));
  const config = parse(await readFile(join(ROOT, 'demo/review-sync.yaml'), 'utf8')) as {
    framework: { competencies: { question: string }[] };
  };
  return { headers, rows, ratingHeaders: new Set(config.framework.competencies.map((c) => c.question)) };
}

const instantOf = (cell: string) => parseResponseTimestamp(cell, ZONE);

export async function demoSheetSeed(sharedWith?: string[]): Promise<Record<string, unknown>> {
  const { headers, rows } = await demoRows();
  const values = rows.map((row) =>
    row.map((cell, i) => {
      if (i === 0 && cell !== '') {
        const at = instantOf(cell);
        return at === null ? cell : DateTime.fromMillis(at, { zone: ZONE }).toFormat('M/d/yyyy H:mm:ss');
      }
      // The form's sheet stores a leading = as text; typing it needs the apostrophe.
      return cell.startsWith('=') ? `'${cell}` : cell;
    }),
  );
  return {
    spreadsheetId: SPREADSHEET_ID,
    timeZone: ZONE,
    ...(sharedWith ? { sharedWith } : {}),
    sheets: [{ title: 'Form Responses 1', values: [headers, ...values] }],
  };
}

export async function demoFormSeed(): Promise<Record<string, unknown>> {
  const { headers, rows, ratingHeaders } = await demoRows();
  const questions = headers.slice(2).map((title, i) => ({ title, id: `2000${String(i).padStart(4, '0')}` }));
  const items = questions.map(({ title, id }) => ({
    title,
    questionItem: {
      question: ratingHeaders.has(title)
        ? {
            questionId: id,
            choiceQuestion: {
              type: 'RADIO',
              options: ['1', '2', '3', '4', '5', 'N/A'].map((value) => ({ value })),
            },
          }
        : { questionId: id, textQuestion: { paragraph: true } },
    },
  }));
  const responses = rows
    .filter((row) => row.some((cell) => cell !== ''))
    .map((row, index) => {
      const at = instantOf(row[0] ?? '') ?? Date.parse('2026-11-01T00:00:00Z');
      const utc = `${DateTime.fromMillis(at, { zone: 'UTC' }).toFormat("yyyy-MM-dd'T'HH:mm:ss")}.123456Z`;
      const answers = Object.fromEntries(
        questions
          .map(({ id }, i) => [id, row[i + 2] ?? ''] as const)
          .filter(([, value]) => value !== '')
          .map(([id, value]) => [id, { questionId: id, textAnswers: { answers: [{ value }] } }]),
      );
      return {
        responseId: `ACYDBNdemo${String(index).padStart(4, '0')}`,
        createTime: utc,
        lastSubmittedTime: utc,
        ...(row[1] ? { respondentEmail: row[1] } : {}),
        answers,
      };
    });
  return {
    formId: FORM_ID,
    info: { title: '360 feedback 2026-H2', documentTitle: '360 feedback 2026-H2' },
    settings: { emailCollectionType: 'VERIFIED' },
    items,
    responses,
  };
}
