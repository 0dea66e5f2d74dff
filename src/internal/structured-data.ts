/** Marks the script an element wrote, so it replaces its own and never a script of the page's. */
const OWNED = 'data-pip-structured-data';

/** The Trusted Types policy name a strict CSP must allow for JSON-LD: `trusted-types lit-html pip-widgets`. */
export const TRUSTED_TYPES_POLICY = 'pip-widgets';

interface ScriptPolicy {
  createScript(json: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScript(input: string): string }): ScriptPolicy;
}

let policy: ScriptPolicy | undefined;
let refused = false;

/**
 * Script text is a Trusted Types sink even for `application/ld+json`. The policy only ever sees
 * JSON this module built, in a script type browsers never run. Without Trusted Types in the
 * browser, text goes in as it is; where a page's CSP does not allow the policy, no JSON-LD is
 * written and the page gets one warning.
 */
function scriptText(json: string): string | undefined {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!trustedTypes) return json;
  if (!policy && !refused) {
    try {
      policy = trustedTypes.createPolicy(TRUSTED_TYPES_POLICY, { createScript: (input) => input });
    } catch {
      refused = true;
      console.warn(
        `pip-widgets: structured data needs the Trusted Types policy "${TRUSTED_TYPES_POLICY}"; ` +
          `add it to the page's CSP (trusted-types lit-html ${TRUSTED_TYPES_POLICY} 'allow-duplicates').`,
      );
    }
  }
  return policy?.createScript(json);
}

/**
 * Writes schema.org JSON-LD (`data`: its JSON text) into a `<script type="application/ld+json">` child of `host`, in the
 * light DOM where search engines read it (they do not read shadow roots), or removes it when
 * `data` is undefined. The JSON never goes through an HTML parser, and `<` is escaped so the
 * script survives a page serializer that writes it back out as HTML.
 */
export function writeStructuredData(host: HTMLElement, data: string | undefined): void {
  let script = host.querySelector<HTMLScriptElement>(`:scope > script[${OWNED}]`);
  if (data === undefined) {
    script?.remove();
    return;
  }
  const json = data.replace(/</g, '\\u003c');
  if (script?.text === json) return;
  const text = scriptText(json);
  if (text === undefined) return;
  if (script) {
    script.text = text;
    return;
  }
  script = document.createElement('script');
  script.type = 'application/ld+json';
  script.setAttribute(OWNED, '');
  script.text = text;
  host.append(script);
}
