// Drifts found in this worker since the last test ended. test/setup.ts fails the test that caused them,
// so any suite whose sandbox goes through observeContract is held to the contract without asking. This
// module stays free of ajv and the schemas, so tests that never reach a sandbox never load them.

/** A drift: which endpoint, which side, and the JSON path where the body leaves the contract. */
export interface ContractViolation {
  endpoint: string;
  side: 'request' | 'query' | 'response' | 'error' | 'route';
  path: string;
  message: string;
}

const found: ContractViolation[] = [];

export function formatViolation(v: ContractViolation): string {
  return `${v.endpoint} ${v.side} at ${v.path || '/'}: ${v.message}`;
}

export function recordViolations(violations: readonly ContractViolation[]): void {
  found.push(...violations);
}

/** The drifts seen since the last call, which clears them. */
export function takeContractViolations(): ContractViolation[] {
  return found.splice(0, found.length);
}

/** Throws one error naming every drift seen since the last call (at most 20 listed). */
export function assertContractHeld(): void {
  const violations = takeContractViolations();
  if (violations.length === 0) return;
  const unique = [...new Set(violations.map(formatViolation))];
  const listed = unique.slice(0, 20).map((line) => `  - ${line}`);
  const more = unique.length > 20 ? [`  … and ${unique.length - 20} more`] : [];
  throw new Error(
    [`The sandbox's traffic left the published API contract (docs/sandbox.md):`, ...listed, ...more].join(
      '\n',
    ),
  );
}
