/**
 * Who may call Sinkron and what they may see: API keys and OIDC bearer tokens, roles and the path → role table,
 * agency scope, the bootstrap administrator key, and the access record of every API call.
 */
package id.sinkron.security;
