/**
 * The web console for administrators, stewards and auditors: a small single-page application served from
 * {@code static/console} (no build step, no Node at run time) that talks to the same REST API as everyone else,
 * with the caller's API key, so roles, masking and the audit log apply to it unchanged.
 */
package id.sinkron.console;
