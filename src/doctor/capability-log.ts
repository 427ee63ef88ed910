import { NotionApiError } from '../errors.ts';
import { ok, problem, problemFromError, skipped, type Finding } from './findings.ts';

// The lines `doctor --write-check` prints: one per capability an integration is given in Notion's
// settings, each problem with why a sync needs it and which box to tick.

export type WriteCapability =
  'read content' | 'insert content' | 'update content' | 'insert comments' | 'read comments';

const CAPABILITIES: readonly WriteCapability[] = [
  'read content',
  'insert content',
  'update content',
  'insert comments',
  'read comments',
];

/** What a sync cannot do without each capability, so the problem line says why it matters. */
const WITHOUT: Record<WriteCapability, string> = {
  'read content': 'a sync cannot read the review pages or its own summaries',
  'insert content': 'summaries, action items and overview pages cannot be created',
  'update content': 'scores, stages and summaries cannot be written, nor old summaries removed',
  'insert comments': 'reminders for overdue stages cannot be posted',
  'read comments': 'reminders cannot be checked for, so none is posted',
};

const SETTING_NAMES: Record<WriteCapability, string> = {
  'read content': 'Read content',
  'insert content': 'Insert content',
  'update content': 'Update content',
  'insert comments': 'Insert comments',
  'read comments': 'Read comments',
};

const checkName = (capability: WriteCapability) => `capability ${capability}`;

export function capabilityFix(capability: WriteCapability): string {
  return (
    `tick "${SETTING_NAMES[capability]}" under Capabilities in the integration's settings ` +
    `(Settings → Connections → Develop or manage integrations → the integration), then run ` +
    '`review-sync doctor --write-check` again'
  );
}

/** Records one finding per capability; the first problem of a capability wins over a later ok. */
export class CapabilityLog {
  private readonly results = new Map<WriteCapability, Finding>();

  ok(capability: WriteCapability, message: string): void {
    if (!this.results.has(capability)) this.results.set(capability, ok(checkName(capability), message));
  }

  failed(capability: WriteCapability, endpoint: string, error: unknown): void {
    if (this.results.get(capability)?.status === 'problem') return;
    const check = checkName(capability);
    const refused = error instanceof NotionApiError && error.status === 403;
    this.results.set(
      capability,
      refused
        ? problem(
            check,
            `Notion refused ${endpoint} (403 ${error.code ?? 'restricted_resource'}): ${WITHOUT[capability]}`,
            capabilityFix(capability),
          )
        : problemFromError(check, error, 'run `review-sync doctor --write-check` again'),
    );
  }

  findings(reason: string): Finding[] {
    return CAPABILITIES.map((c) => this.results.get(c) ?? skipped(checkName(c), reason));
  }
}
