import type { Config } from '../config-schema.ts';
import type { PropertyDecl, PropertyFeature } from '../notion-contract/contract.ts';

// Which of the contract's feature-bound properties this config looks for. A property bound to a
// feature that is off is neither read, nor expected by doctor or the preflight, nor added by migrate.

export function featureOn(config: Config, feature: PropertyFeature): boolean {
  switch (feature) {
    case 'nominations':
      return config.raters.nominations !== 'off';
  }
}

/** Whether this config looks for the property at all. */
export function declInUse(config: Config, decl: PropertyDecl): boolean {
  return decl.feature === undefined || featureOn(config, decl.feature);
}

/**
 * Whether `migrate` may add the property when the data source lacks it: the tool's own, or an input
 * of a feature that is on (empty until people fill it, so adding it takes nothing from anyone).
 */
export function migrateMayAdd(config: Config, decl: PropertyDecl): boolean {
  if (decl.creates === null) return false;
  if (decl.feature !== undefined) return featureOn(config, decl.feature);
  return decl.owner === 'tool';
}
