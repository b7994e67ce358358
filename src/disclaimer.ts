import { z } from 'zod';

/** Said plainly wherever Katalog presents content: one constant, carried by every content response. */
export const DISCLAIMER =
  'Katalog is information, not medical advice. Its content is curated from published articles and cites them; it does not diagnose, recommend or decide eligibility for any treatment. Talk to a licensed healthcare professional before making treatment decisions.' as const;

/** Where the disclaimer can be read on its own (exports carry it as a `Link` to this path). */
export const DISCLAIMER_PATH = '/v1/disclaimer';

/** The disclaimer field of every JSON body that carries content. */
export const Disclaimer = z.literal(DISCLAIMER).meta({
  id: 'Disclaimer',
  description: 'Katalog is information, not medical advice: carried by every response that carries content.',
});

/** `Link` header value for responses whose body cannot carry the disclaimer (CSV, NDJSON). */
export function disclaimerLink(base: string): string {
  return `<${base}${DISCLAIMER_PATH}>; rel="describedby"; title="Information, not medical advice"`;
}
