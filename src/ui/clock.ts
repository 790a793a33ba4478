/**
 * The page's one clock. Certificate validity is judged at the instant it gives: the worker is
 * handed it with every request and reads none of its own, and the Inspector shows the instant
 * each result was judged at. Browser journeys fix it with Playwright's `page.clock`.
 */
export function now(): Date {
  return new Date();
}
