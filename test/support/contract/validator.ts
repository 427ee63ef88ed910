import { Ajv, type ValidateFunction } from 'ajv';
import {
  GOOGLE_ENDPOINTS,
  NOTION_ENDPOINTS,
  type ContractEndpoint,
  type ContractFamily,
} from '../../../scripts/contract/endpoints.ts';
import { familyOf } from '../../../src/sandbox/sandbox.ts';
import { ERROR_SHAPES } from './error-shapes.ts';
import { discriminateUnions } from './discriminate.ts';
import { locate } from './locate-error.ts';
import { docsOverlay, VERSION_OVERLAYS, viewFilterOverlay } from './overlays.ts';
import { readSchemaFile } from './schema-files.ts';
import type { ContractViolation } from './violations.ts';

/** One request and the answer it got, as the contract check sees them. */
export interface ContractExchange {
  method: string;
  /** The request URL's path (no query). */
  pathname: string;
  /** The request's Notion-Version header; selects the version overlay. */
  notionVersion?: string | null;
  /** The request URL's query string (`?a=1&b=2`, or empty). */
  search?: string;
  /** Parsed JSON, or null when the request had no body. */
  requestBody: unknown;
  status: number;
  /** Parsed JSON, or undefined when the body was not JSON (a proxy's HTML 502). */
  responseBody: unknown;
}

export function endpointFor(method: string, pathname: string): ContractEndpoint | undefined {
  const family = familyOf(pathname);
  if (family === 'notion') {
    const under = pathname.replace(/^\/v1/, '');
    return NOTION_ENDPOINTS.find((e) => e.method === method && e.pattern.test(under));
  }
  if (family === 'google')
    return GOOGLE_ENDPOINTS.find((e) => e.method === method && e.pattern.test(pathname));
  return undefined;
}

/**
 * Validators for one API family under one Notion-Version. Compiled lazily, one root at a time, and kept
 * for the worker's life: compiling the block union costs far more than validating a thousand bodies.
 */
class ValidatorSet {
  private readonly ajv = new Ajv({
    strict: false,
    allErrors: false,
    verbose: true,
    inlineRefs: false,
    discriminator: true,
    // The generated files are checked by the currency test; re-validating 200 KB of schema costs more.
    validateSchema: false,
  });
  private readonly compiled = new Map<string, ValidateFunction>();
  /** Query strings are all strings: this instance coerces them to the types (numbers, arrays) first. */
  private readonly coercing: Ajv;

  constructor(family: ContractFamily, version: string | undefined) {
    const file = readSchemaFile(family);
    if (family === 'notion') {
      docsOverlay(file.definitions);
      viewFilterOverlay(file.definitions);
      const endpoints = NOTION_ENDPOINTS.flatMap((e) => (e.request ? [e.request] : []));
      if (version) VERSION_OVERLAYS[version]?.(file.definitions, endpoints);
    }
    discriminateUnions(file.definitions);
    this.ajv.addSchema({ $id: 'contract', definitions: file.definitions });
    this.ajv.addSchema({ $id: 'error', ...ERROR_SHAPES[family] });
    this.coercing = new Ajv({
      strict: false,
      validateSchema: false,
      inlineRefs: false,
      coerceTypes: 'array',
    });
    this.coercing.addSchema({ $id: 'contract', definitions: file.definitions });
  }

  queryValidator(root: string): ValidateFunction {
    const key = `query:${root}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.coercing.compile({ $ref: `contract#/definitions/${encodeURIComponent(root)}` });
      this.compiled.set(key, validate);
    }
    return validate;
  }

  validator(root: string): ValidateFunction {
    let validate = this.compiled.get(root);
    if (!validate) {
      validate =
        root === 'error'
          ? this.ajv.getSchema('error')!
          : this.ajv.compile({ $ref: `contract#/definitions/${encodeURIComponent(root)}` });
      this.compiled.set(root, validate);
    }
    return validate;
  }
}

const sets = new Map<string, ValidatorSet>();

function validatorSet(family: ContractFamily, version: string | undefined): ValidatorSet {
  const key = `${family}:${family === 'notion' && version && VERSION_OVERLAYS[version] ? version : ''}`;
  let set = sets.get(key);
  if (!set) {
    set = new ValidatorSet(family, family === 'notion' ? version : undefined);
    sets.set(key, set);
  }
  return set;
}

function check(
  set: ValidatorSet,
  root: string,
  body: unknown,
  endpoint: string,
  side: ContractViolation['side'],
): ContractViolation[] {
  const validate = side === 'query' ? set.queryValidator(root) : set.validator(root);
  if (validate(body)) return [];
  return [{ endpoint, side, ...locate(validate.errors ?? [], body) }];
}

/** A Notion query string against its root; an endpoint without one takes no query parameters. */
function checkQuery(set: ValidatorSet, endpoint: ContractEndpoint, search = ''): ContractViolation[] {
  const params = new URLSearchParams(search);
  const keys = [...new Set(params.keys())];
  if (!endpoint.query) {
    return keys.map((key) => ({
      endpoint: endpoint.name,
      side: 'query' as const,
      path: `/${key}`,
      message: 'is not in the contract',
    }));
  }
  const values = Object.fromEntries(
    keys.map((key) => {
      const all = params.getAll(key);
      return [key, all.length === 1 ? all[0] : all];
    }),
  );
  return check(set, endpoint.query, values, endpoint.name, 'query');
}

/** Every way one exchange leaves the published contract; empty when it fits. */
export function checkExchange(exchange: ContractExchange): ContractViolation[] {
  const family = familyOf(exchange.pathname);
  if (family !== 'notion' && family !== 'google') return [];
  const version = exchange.notionVersion ?? undefined;
  const set = validatorSet(family, version);
  const endpoint = endpointFor(exchange.method, exchange.pathname);
  const label = endpoint?.name ?? `${exchange.method} ${exchange.pathname}`;
  const failed = exchange.status >= 400;
  const violations: ContractViolation[] = [];
  if (!endpoint && !failed) {
    violations.push({
      endpoint: label,
      side: 'route',
      path: '',
      message: 'no contract schema for this endpoint',
    });
  }
  // A request the sandbox refused with a 4xx is its own validation at work (tests send bad bodies on
  // purpose); any other request the tool sent must fit the SDK's parameter type.
  const refused = exchange.status >= 400 && exchange.status < 500 && exchange.status !== 429;
  if (endpoint?.request && exchange.requestBody !== null && !refused) {
    violations.push(...check(set, endpoint.request, exchange.requestBody, label, 'request'));
  }
  if (family === 'notion' && endpoint && !refused)
    violations.push(...checkQuery(set, endpoint, exchange.search));
  // A non-JSON error body is a proxy's page (HTML 502), not the API's; the client must cope with it.
  if (failed && exchange.responseBody !== undefined) {
    violations.push(...check(set, 'error', exchange.responseBody, label, 'error'));
  } else if (endpoint && !failed) {
    violations.push(...check(set, endpoint.response, exchange.responseBody, label, 'response'));
  }
  return violations;
}
