package importer

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A block is one unit of an article as read from its format: a heading, a
// paragraph or a list item. Each format has a reader that yields blocks;
// one builder (draft.go) turns blocks into a draft, whatever the format.
type block struct {
	kind  blockKind
	level int    // heading level, 1 for the largest
	text  string // whitespace collapsed to single spaces
}

type blockKind int

const (
	blockHeading blockKind = iota
	blockParagraph
	blockItem // a numbered or bulleted list item, its marker removed
)

// listItem matches a list item's marker: "1. ", "2) ", "- ", "* ", "• ".
var listItem = regexp.MustCompile(`^\s*(?:\d{1,3}[.)]|[-*•+])\s+`)

// readText reads plain text: paragraphs are separated by blank lines and
// their lines joined (wrapped text is one paragraph); a line that starts
// with a list marker starts an item; a paragraph of one short line that
// does not end a sentence is a heading.
func readText(s string) []block {
	var out []block
	for _, para := range paragraphs(s) {
		out = append(out, textBlocks(para, false)...)
	}
	return out
}

// paragraphs splits text at blank lines, keeping each paragraph's lines.
func paragraphs(s string) [][]string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	var out [][]string
	var cur []string
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// textBlocks turns one paragraph's lines into blocks: list items, a
// heading, or a paragraph. markdown strips inline markup from the text.
func textBlocks(lines []string, markdown bool) []block {
	clean := func(s string) string {
		if markdown {
			s = stripInline(s)
		}
		return collapse(s)
	}
	if listItem.MatchString(lines[0]) {
		var out []block
		for _, l := range lines {
			if m := listItem.FindString(l); m != "" {
				out = append(out, block{kind: blockItem, text: l[len(m):]})
			} else { // a continuation line of the item
				out[len(out)-1].text += " " + l
			}
		}
		for i := range out {
			out[i].text = clean(out[i].text)
		}
		return out
	}
	text := clean(strings.Join(lines, " "))
	if text == "" {
		return nil
	}
	if len(lines) == 1 && !markdown && headingLike(text) {
		return []block{{kind: blockHeading, level: 2, text: text}}
	}
	return []block{{kind: blockParagraph, text: text}}
}

// headingLike reports whether a one-line paragraph of plain text reads as
// a heading: short, starting with a capital or a digit, and not ending a
// sentence (a question may be a heading: "Can massage help?").
func headingLike(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	words := len(strings.Fields(s))
	switch last, _ := utf8.DecodeLastRuneInString(s); {
	case strings.ContainsRune(".!:;,", last):
		return false
	case last == '?':
		return words <= 12
	}
	return words <= 16 && utf8.RuneCountInString(s) <= 120
}

// collapse joins runs of white space into one space and trims the ends.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

var (
	mdHeading  = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	mdSetext   = regexp.MustCompile(`^\s{0,3}(=+|-+)\s*$`)
	mdFence    = regexp.MustCompile("^\\s{0,3}(```|~~~)")
	mdImage    = regexp.MustCompile(`!\[[^\]]*\]\([^)]*\)`)
	mdLink     = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
	mdRefLink  = regexp.MustCompile(`\[([^\]]*)\]\[[^\]]*\]`)
	mdLinkDef  = regexp.MustCompile(`^\s{0,3}\[[^\]]+\]:\s`)
	mdEmphasis = regexp.MustCompile(`\*\*|__|\*|(^|\W)_|_(\W|$)|` + "`")
	mdTag      = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)
	mdEscape   = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!])`)
	mdQuote    = regexp.MustCompile(`^\s{0,3}>\s?`)
	mdRule     = regexp.MustCompile(`^\s{0,3}([-*_])(\s*[-*_]){2,}\s*$`)
)

// readMarkdown reads Markdown: ATX (#) and setext headings, paragraphs,
// numbered and bulleted lists, block quotes as paragraphs; code blocks,
// rules and link definitions are left out, inline markup is stripped.
func readMarkdown(s string) []block {
	var out []block
	inFence := false
	for _, para := range paragraphs(s) {
		var lines []string
		for _, l := range para {
			switch {
			case mdFence.MatchString(l):
				inFence = !inFence
				continue
			case inFence || mdLinkDef.MatchString(l) || mdRule.MatchString(l) && len(lines) == 0:
				continue
			}
			lines = append(lines, mdQuote.ReplaceAllString(l, ""))
		}
		out = append(out, markdownBlocks(lines)...)
	}
	return out
}

// markdownBlocks splits a paragraph's lines at ATX and setext headings.
func markdownBlocks(lines []string) []block {
	var out []block
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			out = append(out, textBlocks(cur, true)...)
		}
		cur = nil
	}
	for i, l := range lines {
		if m := mdHeading.FindStringSubmatch(l); m != nil {
			flush()
			out = append(out, block{kind: blockHeading, level: len(m[1]), text: collapse(stripInline(m[2]))})
			continue
		}
		if i > 0 && len(cur) == 1 && mdSetext.MatchString(l) && !listItem.MatchString(cur[0]) {
			level := 2
			if strings.HasPrefix(strings.TrimSpace(l), "=") {
				level = 1
			}
			out = append(out, block{kind: blockHeading, level: level, text: collapse(stripInline(cur[0]))})
			cur = nil
			continue
		}
		cur = append(cur, l)
	}
	flush()
	return out
}

// stripInline removes Markdown's inline markup, keeping the words: link
// and emphasis markers, code ticks, images, inline HTML, escapes.
func stripInline(s string) string {
	s = mdImage.ReplaceAllString(s, "")
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdRefLink.ReplaceAllString(s, "$1")
	s = mdTag.ReplaceAllString(s, "")
	s = mdEmphasis.ReplaceAllString(s, "$1$2")
	s = mdEscape.ReplaceAllString(s, "$1")
	return strings.TrimSuffix(strings.TrimRight(s, " "), "\\")
}
