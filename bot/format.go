package bot

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Discord's limits on what a message may hold (inclusive, in characters;
// we count runes and keep a margin, since Discord does not say exactly how
// it counts).
const (
	MaxContent     = 2000 // message content
	MaxTitle       = 256  // embed title
	MaxDescription = 4096 // embed description
	MaxFooter      = 2048 // embed footer text
	MaxEmbedTotal  = 6000 // all embed text of a message together
	MaxButtonLabel = 80   // a button's label
	margin         = 20   // room for Discord's counting to differ from ours
)

// Message is a rendered Reply: the same words as an embed (Title,
// Description, Source, Footer) and as plain text (Content). Footer is the
// disclaimer; Content always ends with it too, so the plain-text form, which
// the terminal prints and Discord falls back to, never lacks it.
type Message struct {
	Kind        knowledge.Kind
	Level       string // urgent replies: emergency, same-day or soon
	Title       string
	Description string
	Source      string
	Footer      string
	Content     string
	// Related are buttons under an answer ("More on: <title>"), or the
	// choices of an "I don't know" that offers some (Choices is then set).
	Related []Button
	// Choices reports that Related are the passages an ambiguous question
	// may mean: the terminal numbers them.
	Choices bool
	// Private replies (don't know, cooldown, error) are shown only to the
	// asker where the transport can (ephemeral slash-command replies).
	Private bool
	// Why is what an urgent or crisis reply rests on (Reply.Basis), for
	// the logs; never posted.
	Why string
}

// WhyAttrs are the log attributes of what an urgent or crisis reply rests
// on ("why"), or none.
func (m Message) WhyAttrs() []any {
	if m.Why == "" {
		return nil
	}
	return []any{"why", m.Why}
}

// Button offers a related passage.
type Button struct {
	Label     string
	PassageID string
}

// Render turns a Reply into what is posted. It is the only code that writes
// reply text, and every Message it returns carries the disclaimer and fits
// Discord's limits: the disclaimer is never shortened; the passage or
// summary is, at a sentence or word boundary.
func Render(r knowledge.Reply) Message {
	disclaimer := strings.TrimSpace(r.Disclaimer)
	if disclaimer == "" {
		disclaimer = knowledge.DefaultDisclaimer
	}
	m := Message{Kind: r.Kind, Level: r.Level, Footer: disclaimer, Why: r.Basis}
	var lead, body string // lead: urgent or notice text that must come first and never be cut
	quoted := false       // body is a passage, quoted in plain text
	switch r.Kind {
	case knowledge.KindAnswer:
		p := r.Passage
		if p == nil {
			return Render(knowledge.Reply{Kind: knowledge.KindError, Notice: "Something went wrong while looking that up. Please try again later.", Disclaimer: disclaimer})
		}
		m.Title = p.Title
		if p.Title != p.Section.Title {
			m.Title += " · " + p.Section.Title
		}
		if r.Notice != "" {
			lead = r.Notice
		}
		body, quoted = p.Text, true
		m.Source = sourceLine(p.Section.Article)
		for _, q := range r.Related {
			m.Related = append(m.Related, Button{Label: truncate(valid("More on: "+q.Title), MaxButtonLabel), PassageID: q.ID})
		}
	case knowledge.KindAbstain:
		lead, body = renderAbstain(r, &m)
	case knowledge.KindChat:
		lead, body = renderChat(r, &m)
	case knowledge.KindUrgent, knowledge.KindCrisis:
		var advice string
		m.Title, advice = heading(r.Advice)
		lead = joinParas(advice, r.Why)
		if r.Passage != nil && r.Kind == knowledge.KindUrgent && r.Level != knowledge.LevelEmergency {
			body = "From the article, " + r.Passage.Title + ":\n" + r.Passage.Text
			m.Source = sourceLine(r.Passage.Section.Article)
		}
	case knowledge.KindSigns:
		m.Title = "Warning signs to know"
		lead = r.Notice
	case knowledge.KindTopics:
		m.Title = "Topics"
		header := r.Lead // a name that several topics match: these are the ones
		if header == "" {
			header = "I can tell you about these topics. Ask a question, or use /topic with one of them:"
		}
		body = topicList(r.Topics, header)
	case knowledge.KindTopic:
		s := r.Topic
		if s == nil {
			return Render(knowledge.Reply{Kind: knowledge.KindError, Notice: "Something went wrong while looking that up. Please try again later.", Disclaimer: disclaimer})
		}
		m.Title = s.Title
		var titles []string
		for _, p := range s.Passages {
			titles = append(titles, p.Title)
		}
		body = s.Summary + "\n\nPassages: " + strings.Join(titles, " · ")
		m.Source = sourceLine(s.Article)
	case knowledge.KindHelp:
		m.Title = "About this bot"
		lead = "I answer questions about back pain by quoting articles my server's admins chose, word for word, with their source. " +
			"I am not a doctor and this is not medical advice: I can't diagnose, recommend medicines or doses, or tell you what is wrong. " +
			"If something sounds serious, I'll tell you to get help first."
		body = "Ask with /ask, by mentioning me, or in a DM. /topics lists what I know about; /topic shows a summary of one.\n\n" +
			topicList(r.Topics, "Topics:")
	case knowledge.KindSettings, knowledge.KindAlert, knowledge.KindCooldown, knowledge.KindError:
		lead = renderNotice(r, &m)
	default:
		lead = r.Notice
	}
	m.Title = truncate(valid(m.Title), MaxTitle-margin)
	m.Source = valid(m.Source)
	m.Description, m.Content = fit(m.Title, valid(lead), valid(body), quoted, m.Source, valid(disclaimer))
	m.Footer = valid(disclaimer)
	return m
}

// renderAbstain words an "I don't know", or "I can't" with its reason. When
// the question was ambiguous between a few passages, it offers them.
func renderAbstain(r knowledge.Reply, m *Message) (lead, body string) {
	m.Private = r.Reason == knowledge.ReasonOutOfScope || r.Reason == knowledge.ReasonAmbiguous
	if r.Notice != "" {
		m.Title = "I can't help with that"
		return r.Notice, ""
	}
	m.Title = "I don't know"
	if len(r.Suggestions) > 0 {
		m.Title = "Did you mean…?"
		var titles []string
		for _, p := range r.Suggestions {
			titles = append(titles, p.Title)
			m.Related = append(m.Related, Button{Label: truncate(valid(p.Title), MaxButtonLabel), PassageID: p.ID})
		}
		m.Choices = true
		return "I'm not sure which part of the article you mean. Did you mean: " + strings.Join(titles, " / ") + "?", ""
	}
	lead = r.Lead
	if lead == "" {
		lead = "I don't know: the articles I have don't answer that."
	}
	return lead, topicList(r.Topics, "I can talk about:")
}

// renderNotice words the replies that are one short notice: a server's
// settings, shown only to the admin who asked; a moderator alert; a
// cooldown or an error, shown only to the asker where the transport can.
func renderNotice(r knowledge.Reply, m *Message) (lead string) {
	switch r.Kind {
	case knowledge.KindSettings:
		m.Title, m.Private = "Server settings", true
	case knowledge.KindAlert:
		m.Title = "Moderator alert"
	default:
		m.Private = true
		if r.Notice == "" {
			return "Something went wrong. Please try again later."
		}
	}
	return r.Notice
}

// renderChat answers small talk with what the bot can do.
func renderChat(r knowledge.Reply, m *Message) (lead, body string) {
	const can = "I answer questions about back pain by quoting the articles this server's admins chose. " +
		"Ask me something like \"will a massage help the knots in my back?\", or use /topics to see what I know."
	if r.Reason == knowledge.LabelThanks {
		m.Title = "Glad to help"
		return "You're welcome! " + can, ""
	}
	m.Title = "Hi!"
	return "Hi! " + can, ""
}

// fit builds the embed description and the plain content so that both fit:
// the description within the embed limits, the content within 2,000
// characters including the title, source and disclaimer. Only body is ever
// shortened; lead and disclaimer are kept whole (they are short by design:
// urgent wording and notices are a few hundred characters).
func fit(title, lead, body string, quoted bool, source, disclaimer string) (description, content string) {
	// Embed: description + title + footer + source (kept in the description).
	descBudget := min(MaxDescription, MaxEmbedTotal-utf8.RuneCountInString(title)-utf8.RuneCountInString(disclaimer)) - margin
	description = compose(lead, body, source, descBudget)

	header := ""
	if title != "" {
		header = "**" + title + "**\n"
	}
	tail := "\n\n_" + disclaimer + "_"
	contentBudget := MaxContent - margin - utf8.RuneCountInString(header) - utf8.RuneCountInString(tail)
	if quoted {
		body = quote(body)
	}
	content = header + compose(lead, body, source, contentBudget) + tail
	return description, strings.TrimSpace(content)
}

// compose joins lead, body and source within budget runes, shortening body.
func compose(lead, body, source string, budget int) string {
	fixed := joinParas(lead, source)
	room := budget - utf8.RuneCountInString(fixed) - 4
	if body != "" && room > 0 {
		body = shorten(body, room)
	} else {
		body = ""
	}
	out := joinParas(lead, body, source)
	if utf8.RuneCountInString(out) > budget { // a lead longer than a message: cut it too, as a last resort
		out = shorten(out, budget)
	}
	return out
}

func joinParas(parts ...string) string {
	var ps []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, "\n\n")
}

// quote marks a passage as a quotation in Discord markdown.
func quote(s string) string {
	if s == "" {
		return ""
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = "> " + l
	}
	return strings.Join(lines, "\n")
}

func sourceLine(a *knowledge.Article) string {
	if a == nil {
		return ""
	}
	return "Source: " + a.Source
}

func topicList(ss []*knowledge.Section, head string) string {
	if len(ss) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(head)
	for _, s := range ss {
		fmt.Fprintf(&b, "\n• %s (`%s`)", s.Title, s.Slug)
	}
	return b.String()
}

// heading splits urgent or crisis advice into a title, its opening
// sentences up to maxLeadTitle characters ("This could be serious. Please
// get medical help now."), and the rest, so that the heading is printed once.
// One long opening sentence ("Please get medical advice today: ask for
// ...") gives its lead clause as the title and the rest of it as the body.
func heading(advice string) (title, rest string) {
	advice = strings.TrimSpace(advice)
	line, after, _ := strings.Cut(advice, "\n")
	rest = line
	for rest != "" {
		sentence, more, found := strings.Cut(rest, ". ")
		if found {
			sentence += "."
		}
		next := strings.TrimSpace(title + " " + sentence)
		if title != "" && utf8.RuneCountInString(next) > maxLeadTitle {
			break
		}
		title, rest = next, strings.TrimSpace(more)
	}
	if utf8.RuneCountInString(title) > maxLeadTitle {
		if clause, more, ok := strings.Cut(title, ": "); ok {
			title, rest = clause+".", joinSentences(upperFirst(more), rest)
		}
	}
	if utf8.RuneCountInString(title) > MaxTitle-margin {
		return firstWords(title), advice // a title would be cut: keep the advice whole below it
	}
	return strings.Trim(title, "* "), strings.TrimSpace(joinLines(rest, after))
}

// firstWords is the start of s that fits a title, at a word boundary.
func firstWords(s string) string { return shorten(s, maxLeadTitle) }

func joinSentences(a, b string) string { return strings.TrimSpace(a + " " + b) }

func joinLines(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "\n" + b
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// maxLeadTitle keeps an urgent title to a line or two on a phone.
const maxLeadTitle = 100

// shorten cuts s to at most n runes, at the end of a sentence if one ends
// in the last half of the room, else at a word boundary, and marks the cut
// with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 2 {
		return ""
	}
	r := []rune(s)[:n-2] // room for " …"
	cut := len(r)
	for i := len(r) - 1; i >= len(r)/2; i-- {
		if (r[i] == '.' || r[i] == '!' || r[i] == '?') && (i+1 == len(r) || unicode.IsSpace(r[i+1])) {
			return string(r[:i+1]) + " …"
		}
	}
	for i := len(r) - 1; i > 0; i-- {
		if unicode.IsSpace(r[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(r[:cut]), unicode.IsSpace) + "…"
}

// valid replaces invalid UTF-8, which Discord would reject.
func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// truncate cuts a one-line label to n runes.
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
