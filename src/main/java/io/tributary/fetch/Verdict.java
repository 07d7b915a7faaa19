package io.tributary.fetch;

/**
 * What an HTTP status or a failure means for Tributary: an outcome and the short message a
 * person sees in {@code status}.
 */
record Verdict(FetchOutcome outcome, String message) {
}
