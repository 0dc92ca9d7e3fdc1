// Package feedback is what the bot learns from its servers, and the
// privacy rules that bound it: the "Helpful" / "Not helpful" votes under
// its answers, a count of every answer by kind, and, for servers whose
// admins turned it on, a log of the questions it could not answer.
//
// A Recorder applies the rules over a store.Feedback:
//
//   - no record holds a user id: members are an HMAC-SHA256 of their id
//     and server under the installation's secret salt (store.Feedback.Salt),
//     which is never logged;
//   - votes hold a server, a reply, a passage, the vote and its time, no
//     text;
//   - every answer is counted by kind and day; urgent and crisis replies
//     by kind only: their text is never stored, whatever the settings;
//   - an unanswered question's text and its runner-up passages are kept
//     only for a server with the log on (off by default), never for a DM,
//     and only until its retention ends (30 days unless the server says
//     otherwise); a background job deletes them on time, and turning the
//     log off deletes them at once;
//   - a member's /forget deletes their votes and logged questions in that
//     server.
//
// Recording never stands in the way of an answer: a store that is down or
// slow is logged and skipped.
//
// Import rule: the standard library, knowledge (for the reply kinds) and
// the store contract only; no engine, no transport.
package feedback
