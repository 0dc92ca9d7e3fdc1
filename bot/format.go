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
	// Vote is the id of the passage a member may rate with "Helpful" and
	// "Not helpful" buttons under the answer; "" for none. Every answer
	// that quotes a passage has it; a transport drops it where votes
	// cannot be taken (DMs).
	Vote string
	// Private replies (don't know, cooldown, error) are shown only to the
	// asker where the transport can (ephemeral slash-command replies).
	Private bool
	// Why is what an urgent, crisis or signs reply rests on (Reply.Basis),
	// for the logs; never posted.
	Why string
}

// WhyAttrs are the log attributes of what an urgent, crisis or signs reply
// rests on ("why"), or none.
func (m Message) WhyAttrs() []any {
	if m.Why == "" {
		return nil
	}
	return []any{"why", m.Why}
}

// The labels of the vote buttons under an answer.
const (
	LabelHelpful    = "Helpful"
	LabelNotHelpful = "Not helpful"
)

// Button offers a related passage.
type Button struct {
	Label     string
	PassageID string
}

// Render turns a Reply into what is posted. It is the only code that writes
// reply text, and every Message it returns carries the disclaimer and fits
// Discord's limits: the disclaimer is never shortened; a summary or list
// may be, at a sentence or word boundary; a passage never is, since it is
// quoted word for word (the loader refuses one too long for a message:
// knowledge.MaxPassageLen). A passage that does not fit all the same is
// left out of an urgent reply, and turns an answer into an error reply.
func Render(r knowledge.Reply) Message {
	disclaimer := strings.TrimSpace(r.Disclaimer)
	if disclaimer == "" {
		disclaimer = knowledge.DefaultDisclaimer
	}
	m := Message{Kind: r.Kind, Level: r.Level, Footer: disclaimer, Why: r.Basis}
	var lead, body string // lead: urgent or notice text that must come first and never be cut
	quoted := false       // body is a passage, quoted in plain text
	verbatim := false     // body holds a passage: posted whole or not at all
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
		body, quoted, verbatim = p.Text, true, true
		m.Source = sourceLine(p.Section.Article)
		m.Vote = p.ID
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
			body, verbatim = "From the article, "+r.Passage.Title+":\n"+r.Passage.Text, true
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
			helpStored + "\n\n" + topicList(r.Topics, "Topics:")
	case knowledge.KindSettings, knowledge.KindAlert, knowledge.KindFeedback, knowledge.KindCooldown, knowledge.KindError:
		lead = renderNotice(r, &m)
	default:
		lead = r.Notice
	}
	m.Title = truncate(valid(m.Title), MaxTitle-margin)
	m.Source = valid(m.Source)
	var whole bool
	m.Description, m.Content, whole = fit(m.Title, valid(lead), valid(body), quoted, verbatim, m.Source, valid(disclaimer))
	if !whole && r.Kind == knowledge.KindAnswer {
		return Render(knowledge.Reply{Kind: knowledge.KindError, Notice: passageTooLong, Disclaimer: disclaimer})
	}
	m.Footer = valid(disclaimer)
	return m
}

// helpStored is /help's account of what the bot stores and how to delete
// it; the README's section "What the bot stores, and how to delete it"
// says the same at length.
const helpStored = "**What I store, and how to delete it.** In a server: your \"Helpful\" / \"Not helpful\" votes " +
	"(no text, and not your id but a salted hash of it) and a count of my answers by kind. " +
	"Only if the server's admins turn on the log of unanswered questions (off by default; never in DMs): " +
	"the questions I couldn't answer, kept 30 days unless they choose otherwise, then deleted. " +
	"Never the text of urgent or crisis messages. /forget deletes your votes and logged questions in that server."

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
// settings, shown only to the admin who asked; a moderator alert; the
// thanks for a vote, /forget's count or /stats, shown only to the member;
// a cooldown or an error, shown only to the asker where the transport can.
func renderNotice(r knowledge.Reply, m *Message) (lead string) {
	switch r.Kind {
	case knowledge.KindSettings:
		m.Title, m.Private = "Server settings", true
	case knowledge.KindAlert:
		m.Title = "Moderator alert"
	case knowledge.KindFeedback:
		m.Private = true
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

// passageTooLong is the reply to a question whose passage cannot be posted
// whole: quoting part of it would not be word for word.
const passageTooLong = "The passage that answers this is too long to post in one message, and I only quote passages whole. Please let the server's admins know."

// fit builds the embed description and the plain content so that both fit:
// the description within the embed limits, the content within 2,000
// characters including the title, source and disclaimer. Only body is ever
// shortened, and a verbatim body (one holding a passage) never: it is left
// out, with its source, and whole reports so. Lead and disclaimer are kept whole (they
// are short by design: urgent wording and notices are a few hundred
// characters).
func fit(title, lead, body string, quoted, verbatim bool, source, disclaimer string) (description, content string, whole bool) {
	// Embed: description + title + footer + source (kept in the description).
	descBudget := min(MaxDescription, MaxEmbedTotal-utf8.RuneCountInString(title)-utf8.RuneCountInString(disclaimer)) - margin
	description, whole = compose(lead, body, source, verbatim, descBudget)

	header := ""
	if title != "" {
		header = "**" + title + "**\n"
	}
	tail := "\n\n_" + disclaimer + "_"
	contentBudget := MaxContent - margin - utf8.RuneCountInString(header) - utf8.RuneCountInString(tail)
	if quoted {
		body = quote(body)
	}
	composed, wholeContent := compose(lead, body, source, verbatim, contentBudget)
	content = header + composed + tail
	return description, strings.TrimSpace(content), whole && wholeContent
}

// compose joins lead, body and source within budget runes, shortening body,
// or leaving a whole body (a quoted passage) out with its source when it
// does not fit; whole is false then.
func compose(lead, body, source string, whole bool, budget int) (string, bool) {
	fixed := joinParas(lead, source)
	room := budget - utf8.RuneCountInString(fixed) - 4
	fits := body == "" || utf8.RuneCountInString(body) <= room
	switch {
	case whole && !fits:
		body, source = "", ""
	case body != "" && room > 0:
		body = shorten(body, room)
	default:
		body = ""
	}
	out := joinParas(lead, body, source)
	if utf8.RuneCountInString(out) > budget { // a lead longer than a message: cut it too, as a last resort
		out = shorten(out, budget)
	}
	return out, fits || !whole
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
