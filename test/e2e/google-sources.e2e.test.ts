import { describe, expect, it } from 'vitest';
import { demoFormSeed, demoSheetSeed, FORM_ID, SPREADSHEET_ID } from './google-variants.ts';
import { GOOGLE_TOKEN, runSyncInProcess, startDemoSandbox, writeTestConfig } from './harness.ts';
import { viewState, type StateView } from './snapshot-state.ts';

// The same answers arriving from a response sheet, from the Forms API and from the CSV export must leave
// Notion in the same state: the source is an input detail, never part of the result.

const FIELDS = { respondentEmail: 'Email Address' };

/**
 * A feedback request row's Link is the form's pre-filled address, which only a form source knows (a
 * sheet or a CSV export has no form to read it from): every other value must match.
 */
function withoutRequestLinks(pages: StateView['pages']): StateView['pages'] {
  const rows = pages['Feedback requests'];
  if (rows === undefined) return pages;
  const unlinked = Object.fromEntries(
    Object.entries(rows).map(([title, views]) => [
      title,
      views.map((view) => ({
        ...view,
        properties: { ...(view.properties as Record<string, unknown>), Link: '(form sources only)' },
      })),
    ]),
  );
  return { ...pages, 'Feedback requests': unlinked };
}

async function finalState(
  sources: Record<string, unknown>[],
  extra: Record<string, unknown>,
): Promise<StateView> {
  const { configPath } = await writeTestConfig(sources);
  const sandbox = await startDemoSandbox(extra);
  try {
    const result = await runSyncInProcess(sandbox.url, ['--config', configPath]);
    expect(result.stderr).not.toContain(GOOGLE_TOKEN);
    expect(result.code).toBe(0); // the demo seed's broken page is a warning
    return viewState(sandbox.sandbox);
  } finally {
    await sandbox.close();
  }
}

describe('responses from a sheet, a form or a CSV export', () => {
  it('end in the same Notion state', { timeout: 90_000 }, async () => {
    const [fromCsv, fromSheet, fromForm] = await Promise.all([
      finalState([{ type: 'csv', path: 'demo/responses.csv', timeZone: 'Europe/Berlin' }], {}),
      finalState(
        [
          {
            type: 'sheet',
            spreadsheet: `https://docs.google.com/spreadsheets/d/${SPREADSHEET_ID}/edit#gid=0`,
          },
        ],
        { sheets: [await demoSheetSeed()] },
      ),
      finalState([{ type: 'form', form: FORM_ID, fields: FIELDS }], { forms: [await demoFormSeed()] }),
    ]);
    expect(fromSheet.pages).toEqual(fromCsv.pages);
    expect(withoutRequestLinks(fromForm.pages)).toEqual(withoutRequestLinks(fromCsv.pages));
    expect(fromSheet.comments).toEqual(fromCsv.comments);
  });

  it.each([
    ['a sheet not shared with the service account', 403, /share/i],
    ['a sheet id that does not exist', 404, /not found|does not exist/i],
  ])(
    '%s stops the run with exit 2 and says what to do',
    { timeout: 30_000 },
    async (_label, status, message) => {
      const { configPath } = await writeTestConfig([
        {
          type: 'sheet',
          spreadsheet: status === 404 ? '1missingSheetAbCdEfGhIjKlMnOpQrStUvWxYz0' : SPREADSHEET_ID,
        },
      ]);
      const sandbox = await startDemoSandbox({ sheets: [await demoSheetSeed(['someone-else'])] });
      try {
        const result = await runSyncInProcess(sandbox.url, ['--config', configPath]);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(message);
        expect(result.stdout + result.stderr).not.toContain(GOOGLE_TOKEN);
        const writes = sandbox.sandbox.requests
          .entries()
          .filter((e) => e.method === 'PATCH' || e.path.endsWith('/children'));
        expect(writes).toEqual([]);
      } finally {
        await sandbox.close();
      }
    },
  );
});
