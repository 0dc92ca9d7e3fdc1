package bot_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// checkMessage asserts the invariants every posted message keeps: the
// disclaimer is in the plain text and the footer, whole, and everything
// fits Discord's limits.
func checkMessage(t *testing.T, what string, m bot.Message, disclaimer string) {
	t.Helper()
	if !strings.Contains(m.Content, disclaimer) {
		t.Errorf("%s: content lacks the disclaimer:\n%s", what, m.Content)
	}
	if m.Footer != disclaimer {
		t.Errorf("%s: footer = %q, want the disclaimer", what, m.Footer)
	}
	n := func(s string) int { return utf8.RuneCountInString(strings.TrimSpace(s)) }
	if n(m.Content) > bot.MaxContent {
		t.Errorf("%s: content is %d characters, over %d", what, n(m.Content), bot.MaxContent)
	}
	if n(m.Title) > bot.MaxTitle {
		t.Errorf("%s: title is %d characters, over %d", what, n(m.Title), bot.MaxTitle)
	}
	if n(m.Description) > bot.MaxDescription {
		t.Errorf("%s: description is %d characters, over %d", what, n(m.Description), bot.MaxDescription)
	}
	if total := n(m.Title) + n(m.Description) + n(m.Footer); total > bot.MaxEmbedTotal {
		t.Errorf("%s: embed is %d characters, over %d", what, total, bot.MaxEmbedTotal)
	}
	for _, b := range m.Related {
		if n(b.Label) > bot.MaxButtonLabel || b.Label == "" {
			t.Errorf("%s: button label %q out of limits", what, b.Label)
		}
	}
	if !utf8.ValidString(m.Content) || !utf8.ValidString(m.Description) {
		t.Errorf("%s: invalid UTF-8 in the rendering", what)
	}
}

// everyReply returns one reply of every kind the bot can give.
func everyReply(t *testing.T, a *bot.Answerer) map[string]knowledge.Reply {
	ctx := context.Background()
	d := a.Knowledge().Disclaimer
	return map[string]knowledge.Reply{
		"greeting":     {Kind: knowledge.KindChat, Reason: knowledge.LabelGreeting, Disclaimer: d},
		"thanks":       {Kind: knowledge.KindChat, Reason: knowledge.LabelThanks, Disclaimer: d},
		"did you mean": suggestionReply(t, a.Knowledge()),
		"answer":       a.Answer(ctx, bot.Question{Text: "does massage help tight knotted muscles"}),
		"abstain":      a.Answer(ctx, bot.Question{Text: "what's the best pizza topping"}),
		"topics":       a.Topics(),
		"topic":        a.Topic("benefits"),
		"no topic":     a.Topic("pizza"),
		"help":         a.Help(),
		"passage":      a.Passage("posture"),
		"bad id":       a.Passage("no-such-passage"),
		"cooldown":     a.Notice(knowledge.KindCooldown, "Slow down a little: one question every 3 seconds."),
		"error":        a.Notice(knowledge.KindError, "Something went wrong."),
	}
}

func TestEveryReplyCarriesTheDisclaimer(t *testing.T) {
	a := newAnswerer(t)
	for name, r := range everyReply(t, a) {
		checkMessage(t, name, bot.Render(r), a.Knowledge().Disclaimer)
	}
}

func TestRenderFallsBackToDefaultDisclaimer(t *testing.T) {
	// A reply built without a disclaimer (say, by a future front end)
	// still gets one.
	m := bot.Render(knowledge.Reply{Kind: knowledge.KindCooldown, Notice: "wait"})
	checkMessage(t, "bare cooldown", m, knowledge.DefaultDisclaimer)
	m = bot.Render(knowledge.Reply{Kind: knowledge.KindAnswer}) // no passage: an error, not a panic
	checkMessage(t, "answer without passage", m, knowledge.DefaultDisclaimer)
}

func TestRenderAnswerQuotesPassageVerbatimWithSource(t *testing.T) {
	a := newAnswerer(t)
	r := a.Passage("muscle-relaxation")
	m := bot.Render(r)
	p := a.Knowledge().Passage("muscle-relaxation")
	if !strings.Contains(m.Description, p.Text) {
		t.Errorf("description does not quote the passage verbatim:\n%s", m.Description)
	}
	if !strings.Contains(m.Content, "> "+p.Text) {
		t.Errorf("content does not quote the passage verbatim:\n%s", m.Content)
	}
	if !strings.Contains(m.Content, "Source: "+p.Section.Article.Source) {
		t.Errorf("content lacks the source:\n%s", m.Content)
	}
	if want := "Muscle Relaxation · The Potential Benefits of Body Massage"; m.Title != want {
		t.Errorf("title = %q, want %q", m.Title, want)
	}
	if len(m.Related) == 0 || !strings.HasPrefix(m.Related[0].Label, "More on: ") {
		t.Errorf("related buttons = %+v, want More on: ...", m.Related)
	}
}

// suggestionReply is an "I don't know" offering two passages, as the
// question model gives for an ambiguous question.
func suggestionReply(t testing.TB, k *knowledge.Knowledge) knowledge.Reply {
	t.Helper()
	short, concl := k.Passage("short-term"), k.Passage("conclusion")
	if short == nil || concl == nil {
		t.Fatal("the shipped knowledge lacks passages short-term and conclusion")
	}
	return knowledge.Reply{Kind: knowledge.KindAbstain, Reason: knowledge.ReasonOutOfScope, Lead: k.DontKnow, Topics: k.Sections(),
		Suggestions: []*knowledge.Passage{short, concl}, Disclaimer: k.Disclaimer}
}

// An ambiguous question's choices are buttons labelled with the passage
// titles (not "More on: ..."), named in the text too, so the plain-text
// form offers them as well; like every "I don't know" it is private.
func TestRenderChoices(t *testing.T) {
	k := newAnswerer(t).Knowledge()
	m := bot.Render(suggestionReply(t, k))
	want := []bot.Button{{Label: "Short-Term Relief", PassageID: "short-term"}, {Label: "Conclusion", PassageID: "conclusion"}}
	if diff := cmp.Diff(want, m.Related); diff != "" || !m.Choices || !m.Private {
		t.Errorf("Render(choices): Choices %v, Private %v, buttons (-want +got):\n%s", m.Choices, m.Private, diff)
	}
	if !strings.Contains(m.Content, "Did you mean: Short-Term Relief / Conclusion?") {
		t.Errorf("content does not offer the choices:\n%s", m.Content)
	}
	// An answer's related passages are buttons too, but not choices.
	if m := bot.Render(newAnswerer(t).Passage("posture")); m.Choices || len(m.Related) == 0 {
		t.Errorf("Render(answer): Choices %v with %d buttons; want buttons that are not choices", m.Choices, len(m.Related))
	}
}

// A passage is quoted whole or not at all: one far longer than a message
// (the loader refuses such a passage) turns an answer into an error reply
// and is left out of an urgent reply, never cut. A summary, which is not a
// quotation, is shortened at a sentence end. The disclaimer never is.
func TestRenderNeverCutsPassages(t *testing.T) {
	sentence := "Massage can help relax tense muscles in the back. "
	long := strings.Repeat(sentence, 200) // 10,000 characters
	art := &knowledge.Article{ID: "a", Title: "A", Source: "Somewhere"}
	sec := &knowledge.Section{Slug: "s", Title: "S", Summary: long, Article: art}
	p := &knowledge.Passage{ID: "p", Title: "T", Text: strings.TrimSpace(long), Section: sec}
	sec.Passages = []*knowledge.Passage{p}
	const disclaimer = "Not medical advice."

	answer := bot.Render(knowledge.Reply{Kind: knowledge.KindAnswer, Passage: p, Disclaimer: disclaimer})
	checkMessage(t, "answer", answer, disclaimer)
	if answer.Kind != knowledge.KindError || strings.Contains(answer.Content, sentence) || !strings.Contains(answer.Content, "too long to post") {
		t.Errorf("Render(answer with a 10,000-character passage) = %s %q; want an error reply that quotes none of it", answer.Kind, answer.Content)
	}
	urgent := bot.Render(knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelSameDay, Advice: "Get medical advice today. Call your doctor's surgery.", Passage: p, Disclaimer: disclaimer})
	checkMessage(t, "urgent", urgent, disclaimer)
	if strings.Contains(urgent.Content, "Massage can help") || !strings.Contains(urgent.Content, "Call your doctor's surgery.") {
		t.Errorf("Render(urgent with a 10,000-character passage) = %q; want the advice whole and no part of the passage", urgent.Content)
	}
	topic := bot.Render(knowledge.Reply{Kind: knowledge.KindTopic, Topic: sec, Disclaimer: disclaimer})
	checkMessage(t, "topic", topic, disclaimer)
	if body := topic.Content[:strings.LastIndex(topic.Content, disclaimer)]; !strings.Contains(body, "back. …") && !strings.Contains(body, "back.…") {
		t.Errorf("topic summary not cut at a sentence end:\n...%s", body[max(0, len(body)-200):])
	}
	// Urgent text comes first and is never cut.
	m := bot.Render(knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelSameDay, Advice: "Get medical advice today. Call your doctor's surgery or your local urgent care service as soon as it opens, or a health advice line.", Passage: p})
	if m.Title != "Get medical advice today." || !strings.HasPrefix(m.Description, "Call your doctor's surgery") {
		t.Errorf("urgent title %q, description %.80q; want the advice first", m.Title, m.Description)
	}
}

// The knowledge limits add up: a passage of the longest length the loader
// accepts, with the longest titles, source and disclaimer, and a safety
// notice of 250 characters before it, is posted whole in one message.
func TestRenderPostsLongestAllowedPassageWhole(t *testing.T) {
	rep := func(unit string, n int) string { return strings.Repeat(unit, n/len([]rune(unit))+1)[:n] }
	// Line breaks count three: half the passage's length in short lines.
	lines := strings.TrimSpace(rep("Short line.\n", 600))
	text := lines + " " + rep("x", knowledge.MaxPassageLen-knowledge.PassageLen(lines)-1)
	if n := knowledge.PassageLen(text); n != knowledge.MaxPassageLen {
		t.Fatalf("test passage is %d long; want %d", n, knowledge.MaxPassageLen)
	}
	art := &knowledge.Article{ID: "a", Title: "A", Source: rep("s", knowledge.MaxSourceLen)}
	sec := &knowledge.Section{Slug: "s", Title: rep("S", knowledge.MaxTitleLen), Summary: "Sum.", Article: art}
	p := &knowledge.Passage{ID: "p", Title: rep("T", knowledge.MaxTitleLen), Text: text, Section: sec}
	sec.Passages = []*knowledge.Passage{p}
	disclaimer := rep("d", knowledge.MaxDisclaimer)
	for _, notice := range []string{"", rep("n", 250)} {
		m := bot.Render(knowledge.Reply{Kind: knowledge.KindAnswer, Passage: p, Notice: notice, Disclaimer: disclaimer})
		checkMessage(t, "answer", m, disclaimer)
		if m.Kind != knowledge.KindAnswer || !strings.Contains(m.Content, strings.ReplaceAll(text, "\n", "\n> ")) || !strings.Contains(m.Description, text) {
			t.Errorf("Render(longest allowed passage, notice of %d) = %s, content %d characters; want the passage whole in content and description", len(notice), m.Kind, len([]rune(m.Content)))
		}
	}
}

func FuzzRenderedReplyKeepsDisclaimerAndLimits(f *testing.F) {
	for _, s := range []string{"", "massage", "@everyone free nitro", "\x00\xff", strings.Repeat("é", 5000), "<@123> knots?"} {
		f.Add(s, s)
	}
	a := newAnswerer(f)
	disclaimer := a.Knowledge().Disclaimer
	f.Fuzz(func(t *testing.T, question, text string) {
		checkMessage(t, "answer", bot.Render(a.Answer(context.Background(), bot.Question{Text: question})), disclaimer)
		checkMessage(t, "topic", bot.Render(a.Topic(question)), disclaimer)
		// Arbitrary content in every text field of a reply.
		art := &knowledge.Article{ID: "a", Title: text, Source: text}
		sec := &knowledge.Section{Slug: "s", Title: text, Summary: text, Article: art}
		p := &knowledge.Passage{ID: "p", Title: text, Text: text, Section: sec}
		sec.Passages = []*knowledge.Passage{p}
		for _, kind := range []knowledge.Kind{knowledge.KindAnswer, knowledge.KindAbstain, knowledge.KindUrgent, knowledge.KindCrisis, knowledge.KindTopic, knowledge.KindTopics, knowledge.KindHelp, knowledge.KindCooldown, knowledge.KindError, knowledge.KindSettings, knowledge.KindAlert} {
			r := knowledge.Reply{Kind: kind, Passage: p, Topic: sec, Topics: []*knowledge.Section{sec}, Related: []*knowledge.Passage{p},
				Advice: text, Why: text, Notice: text, Lead: text, Level: knowledge.LevelSameDay, Disclaimer: disclaimer}
			checkMessage(t, string(kind), bot.Render(r), disclaimer)
		}
	})
}

// Urgent text leads in the title, with the call to action, not only in the
// description (SAFETY.md §2, §5).
func TestUrgentTitleLeadsWithWhatToDo(t *testing.T) {
	a := newAnswerer(t)
	r := a.Answer(context.Background(), bot.Question{Text: "my back hurts and I suddenly can't control my bladder"})
	m := bot.Render(r)
	if want := "This could be serious. Please get medical help now."; m.Title != want {
		t.Errorf("emergency title = %q; want %q", m.Title, want)
	}
	if !strings.HasPrefix(m.Description, "Call your local emergency number") || r.Passage != nil {
		t.Errorf("emergency description = %.80q, passage %v; want the advice first and no passage", m.Description, r.Passage)
	}
}

// The heading of urgent and crisis replies is printed once: in the title,
// not again as the first line of the text below it.
func TestUrgentHeadingPrintedOnce(t *testing.T) {
	a := newAnswerer(t)
	for _, q := range []string{
		"my back hurts and I suddenly can't control my bladder",
		"my dad fell off a ladder and now he can't feel his legs",
		"back pain and a fever since yesterday",
		"i want to kill myself",
	} {
		m := bot.Render(a.Answer(context.Background(), bot.Question{Text: q}))
		if m.Title == "" {
			t.Errorf("%q: %s reply has no heading", q, m.Kind)
			continue
		}
		if n := strings.Count(m.Content, m.Title); n != 1 {
			t.Errorf("%q: heading %q appears %d times in the text:\n%s", q, m.Title, n, m.Content)
		}
		if strings.Contains(m.Description, m.Title) {
			t.Errorf("%q: the description repeats the title %q", q, m.Title)
		}
	}
}

func TestHeadingSplitsOneLongSentenceAtItsClause(t *testing.T) {
	m := bot.Render(knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelSameDay,
		Advice: "Please get medical advice today: ask for an urgent appointment with a doctor, or contact your local urgent care service or health advice line. If it gets worse, call your local emergency number."})
	if m.Title != "Please get medical advice today." || !strings.HasPrefix(m.Description, "Ask for an urgent appointment") {
		t.Errorf("title %q, description %.60q", m.Title, m.Description)
	}
}
