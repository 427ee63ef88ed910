/** One request as `GET /__sandbox/requests` reports it. */
export interface RequestLogEntry {
  method: string;
  path: string;
  /** 0 when the connection was dropped. */
  status: number;
  time: string;
  body: unknown;
  /** The Notion-Version header a Notion request carried, so tests can check which version a run spoke. */
  notionVersion?: string;
  /** Set when the response came from fault injection rather than the emulator. */
  fault?: string;
}

/** Keeps every API request in order so tests can assert on request budgets and bodies. */
export class RequestLog {
  private items: RequestLogEntry[] = [];

  add(entry: RequestLogEntry): void {
    this.items.push(entry);
  }

  entries(): RequestLogEntry[] {
    return [...this.items];
  }

  clear(): void {
    this.items = [];
  }
}

/** Request bodies are logged parsed when they are JSON, as text otherwise, and null when empty. */
export function parseLoggedBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
