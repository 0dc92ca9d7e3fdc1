package bot

import (
	"regexp"
	"strings"
)

// Style is how a reply is shown as text.
type Style int

const (
	// StyleMarkdown is the reply exactly as the bot posts it on Discord:
	// what the commands print into a pipe or a file.
	StyleMarkdown Style = iota
	// StyleANSI is for a terminal: a bold title, a bar before quoted
	// lines, a dim disclaimer, and no markdown marks.
	StyleANSI
	// StylePlain is for a terminal without colours (NO_COLOR, TERM=dumb):
	// no marks of either kind.
	StylePlain
)

// ANSI escapes.
const (
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiReset = "\x1b[0m"
)

// inlineCode is a slug in a topic list, `benefits`; inlineBold a lead-in
// inside a paragraph, **What I store**.
var (
	inlineCode = regexp.MustCompile("`([^`\n]+)`")
	inlineBold = regexp.MustCompile(`\*\*([^*\n]+)\*\*`)
)

// Show returns the text of m in style s. The terminal styles rewrite the
// few marks Render writes into Content (a **title** line, "> " before the
// lines of a quoted passage, the _disclaimer_ at the end, `slugs` in topic
// lists, a **bold** lead-in inside a paragraph); the words stay exactly
// those the bot posts.
func (s Style) Show(m Message) string {
	if s == StyleMarkdown {
		return m.Content
	}
	text, disclaimer := m.Content, ""
	if i := strings.LastIndex(text, "\n\n_"); i >= 0 && strings.HasSuffix(text, "_") && len(text) > i+4 {
		text, disclaimer = text[:i], text[i+3:len(text)-1]
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		switch {
		case i == 0 && len(l) > 4 && strings.HasPrefix(l, "**") && strings.HasSuffix(l, "**"):
			lines[i] = s.wrap(ansiBold, l[2:len(l)-2])
		case l == ">": // a blank line of the passage
			lines[i] = s.wrap(ansiDim, "│")
		case strings.HasPrefix(l, "> "):
			lines[i] = s.wrap(ansiDim, "│") + " " + l[2:]
		default:
			l = inlineCode.ReplaceAllStringFunc(l, func(c string) string { return s.wrap(ansiBold, c[1:len(c)-1]) })
			lines[i] = inlineBold.ReplaceAllStringFunc(l, func(b string) string { return s.wrap(ansiBold, b[2:len(b)-2]) })
		}
	}
	out := strings.Join(lines, "\n")
	if disclaimer != "" {
		out += "\n\n" + s.wrap(ansiDim, disclaimer)
	}
	return out
}

// wrap puts text between an ANSI escape and the reset, in StyleANSI.
func (s Style) wrap(escape, text string) string {
	if s != StyleANSI {
		return text
	}
	return escape + text + ansiReset
}
