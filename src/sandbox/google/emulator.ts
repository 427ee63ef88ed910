import { authenticate } from './auth.ts';
import { GoogleApiError, jsonResponse } from './errors.ts';
import { applyFieldMask, parseFieldMask } from './field-mask.ts';
import { dumpForm, loadForm, type FormState } from './forms-store.ts';
import { formsRoute } from './forms-routes.ts';
import { QuotaMeter } from './quota.ts';
import type { GoogleSeed } from './seed-schema.ts';
import { sheetsRoute } from './sheets-routes.ts';
import { dumpSpreadsheet, loadSpreadsheet, type SpreadsheetState } from './sheets-store.ts';

export interface GoogleEmulatorOptions {
  seed: GoogleSeed;
  /** Accepted bearer tokens; when absent any non-empty token is accepted. */
  tokens?: string[];
  /** Overrides every per-user, per-minute quota bucket with one number. */
  quotaPerMinute?: number;
  now?: () => Date;
}

/**
 * The Google half of the sandbox: Sheets v4 reads and Forms v1, over the Fetch API so that msw and
 * the HTTP server share it. The seed is expected to have passed googleSeedSchema already.
 */
export class GoogleEmulator {
  private readonly spreadsheets = new Map<string, SpreadsheetState>();
  private readonly forms = new Map<string, FormState>();
  private readonly quota: QuotaMeter;
  private readonly tokens: string[] | undefined;
  private readonly now: () => Date;

  constructor(opts: GoogleEmulatorOptions) {
    for (const seed of opts.seed.sheets ?? [])
      this.spreadsheets.set(seed.spreadsheetId, loadSpreadsheet(seed));
    for (const seed of opts.seed.forms ?? []) this.forms.set(seed.formId, loadForm(seed));
    this.tokens = opts.tokens;
    this.now = opts.now ?? (() => new Date());
    this.quota = new QuotaMeter(this.now, opts.quotaPerMinute);
  }

  /** Answers a Sheets or Forms request, or returns null so the caller can try another API. */
  async handle(req: Request, url: URL): Promise<Response | null> {
    const route =
      sheetsRoute(req, url, this.spreadsheets) ?? formsRoute(req, url, { forms: this.forms, now: this.now });
    if (!route) return null;
    try {
      // Google checks credentials before quota, and meters a request before it knows whether it succeeds.
      const token = authenticate(req, url, this.tokens);
      this.quota.take(token, route.bucket);
      const fields = url.searchParams.get('fields');
      const mask = fields ? parseFieldMask(fields) : undefined;
      const body = await route.run(token);
      return jsonResponse(mask ? applyFieldMask(body, mask) : body);
    } catch (error) {
      if (error instanceof GoogleApiError) return error.toResponse();
      throw error;
    }
  }

  /** The current state in the seed format, including forms created or edited through the API. */
  dump(): GoogleSeed {
    return {
      sheets: [...this.spreadsheets.values()].map(dumpSpreadsheet),
      forms: [...this.forms.values()].map(dumpForm),
    };
  }
}
