// Package report turns what the bot has learned from its servers (votes
// on its replies, the opt-in log of questions it could not answer, daily
// counts by kind) into a report for the operator: the unanswered questions
// grouped so that fifty ways of asking one thing are one row, the passages
// members found least helpful, and volumes by kind and by day. It renders
// the report as text, JSON, CSV or a self-contained HTML page, and drafts
// the unanswered groups as example questions for the knowledge.
//
// It reads the store through the small Feedback interface declared here,
// reads questions with the project's own analysis (the search index's
// terms) and asks the question model for the nearest passage; it imports
// no engine and no transport.
package report
