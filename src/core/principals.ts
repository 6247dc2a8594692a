// Telegram and Zalo prove who sends a message; so does the machine for its own terminal. The message API takes
// any userId it is given, so an `http:` principal proves nothing and never holds a role.
/** Principals that may be staff or admin when the operator names them (ADMINS, STAFF). */
export const CONFIGURED_PRINCIPAL = /^(telegram|zalo|zalobot|console):[A-Za-z0-9_-]+$/;
/**
 * Principals an admin may add from a chat, the console or the admin API: people a platform vouches for and can notify
 * (a Telegram or Zalo user is a number: a group chat, "telegram:-100…", is nobody to give a role to).
 */
export const ADDED_PRINCIPAL = /^(?:telegram:\d{1,20}|zalo:\d{1,32}|zalobot:[A-Za-z0-9_-]{1,64})$/;
/** Why a principal cannot hold a role, in the words operators read. */
export const PRINCIPAL_RULE =
  "a principal like telegram:12345, zalo:8839201 or zalobot:abc (http: callers are not identified, so they cannot be staff or admin)";
