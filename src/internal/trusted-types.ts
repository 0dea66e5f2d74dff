/**
 * The library's one Trusted Types policy. A strict CSP names it: `trusted-types lit-html
 * pip-widgets 'allow-duplicates'`. It passes two things only: JSON-LD text this library wrote (a
 * script type browsers never run) and the URL of the library's own bundle worker.
 */
export const TRUSTED_TYPES_POLICY = 'pip-widgets';

interface Policy {
  createScript(input: string): string;
  createScriptURL(input: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: Policy): Policy;
}

let policy: Policy | undefined;
let refused = false;

/**
 * The policy, or undefined where the page's CSP does not allow it (the caller says what that
 * costs); `null` where the browser has no Trusted Types, so that strings go in as they are.
 */
export function trustedPolicy(): Policy | null | undefined {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!trustedTypes) return null;
  if (!policy && !refused) {
    try {
      policy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (input) => input, createScriptURL: (input) => input });
    } catch {
      refused = true;
    }
  }
  return policy;
}
