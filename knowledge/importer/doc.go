// Package importer turns an article (plain text, Markdown or HTML) into a
// draft knowledge file: the title, sections from the headings, numbered
// items as titled passages, prose paragraphs as passages, page debris
// (navigation, share buttons, cookie notices, bylines, view counts) left
// out, and the article's words kept verbatim. Passages too long for one
// Discord message are split at sentence ends. The operator then writes
// the summaries, checks the draft with knowledge lint, and runs it.
//
// It imports the standard library, yaml.v3, package knowledge (for its
// limits and id rules, so that a draft passes what the loader checks) and
// golang.org/x/net/html for HTML. It lives beside the domain rather than
// inside it: package knowledge stays standard library and yaml.v3 only, and
// only the import command needs an HTML parser. Nothing imports this
// package but the command line.
package importer
