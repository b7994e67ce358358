/** Said plainly wherever Katalog presents content. */
export const DISCLAIMER =
  'Katalog is information, not medical advice. Its content is curated from published articles and cites them; it does not diagnose, recommend or decide eligibility for any treatment. Talk to a licensed healthcare professional before making treatment decisions.';
