package bot

import (
	"context"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Searcher finds the passages that answer a question. *index.Index is one.
type Searcher interface {
	Search(ctx context.Context, question string, n int) (knowledge.Result, error)
}

// Question is one message to answer.
type Question struct {
	Text string
	// Previous is what the same member's previous message in the same
	// place left for this one (Answerer.Remember), if a front end has one
	// from the last session.ContextWindow: a red flag said a moment ago
	// still counts.
	Previous Memory
}

// Answerer answers questions from one knowledge. It is immutable and safe
// for concurrent use.
type Answerer struct {
	k      *knowledge.Knowledge
	search Searcher
	policy Policy
	safety *Safety
	model  QuestionModel // nil: the search's evidence alone decides
	fusion float64       // > 0: the search's evidence weighs in the model's decision
	vote   Vote          // non-nil: a nearest-neighbour vote decides instead of the model
	// topics reads topic names; built on first use, as only the front
	// ends with /topic need it.
	topics func() *topicIndex
}

// Option configures an Answerer.
type Option func(*Answerer)

// WithSafety checks questions with s instead of the embedded default rules
// and detector.
func WithSafety(s *Safety) Option { return func(a *Answerer) { a.safety = s } }

// NewAnswerer returns an Answerer over k, searching with s. Unless
// WithSafety says otherwise, questions are checked with the embedded
// default safety rules: no answerer skips the check.
func NewAnswerer(k *knowledge.Knowledge, s Searcher, opts ...Option) *Answerer {
	a := &Answerer{k: k, search: s, policy: DefaultPolicy}
	a.topics = sync.OnceValue(func() *topicIndex { return newTopicIndex(k) })
	for _, o := range opts {
		o(a)
	}
	if a.safety == nil {
		a.safety = defaultSafety()
	}
	return a
}

// defaultSafety is the check with the embedded rules and the detector
// trained on the embedded safety examples. They are part of the binary and
// tested, so failing to load them is a build defect.
var defaultSafety = sync.OnceValue(func() *Safety {
	s, err := BuildSafety(nil, nil, nil, SafetyTraining{})
	if err != nil {
		panic("bot: embedded safety rules: " + err.Error())
	}
	return s
})

// Knowledge returns the knowledge the answerer quotes from.
func (a *Answerer) Knowledge() *knowledge.Knowledge { return a.k }

// MaxInputBytes bounds what is even looked at: Discord messages are at most
// 2,000 characters (4,000 with Nitro); anything longer is cut here, before
// any work, and the search cuts again at index.MaxQuestionRunes.
const MaxInputBytes = 16 << 10

// candidates is how many passages a search returns: the answer and up to
// three related passages.
const candidates = 4

// Answer decides the reply to a question. It never fails: a search error
// becomes an error reply, which carries the disclaimer like every other.
func (a *Answerer) Answer(ctx context.Context, q Question) knowledge.Reply {
	text := normalizeInput(q.Text)
	q.Previous = a.own(q.Previous)
	// The safety check comes before retrieval, and sees the previous
	// message too: a red flag said a moment ago still counts.
	v := a.safety.CheckAfter(text, q.Previous.safety)
	switch v.Kind {
	case VerdictCrisis:
		// Crisis help instead of any article content.
		return knowledge.Reply{Kind: knowledge.KindCrisis, Advice: v.Advice, Basis: v.Basis, Disclaimer: a.k.Disclaimer}
	case VerdictUrgent:
		r := knowledge.Reply{Kind: knowledge.KindUrgent, Level: v.Level, Advice: v.Advice, Why: v.Why, Basis: v.Basis, Disclaimer: a.k.Disclaimer}
		if v.Level != knowledge.LevelEmergency {
			// The most relevant passage may follow the advice, after it.
			// Only a confident match: next to urgent advice, a passage that
			// merely shares a word ("blood" in the pee, "blood flow") misleads.
			rest := WithoutSymptoms(text, v)
			if a.model != nil {
				if ans := a.understand(ctx, rest, Memory{}); ans.Kind == knowledge.KindAnswer {
					r.Passage = ans.Passage
				}
			} else if ans, ev := a.retrieve(ctx, rest); ans.Kind == knowledge.KindAnswer &&
				ans.Confidence != knowledge.ConfidenceLow && ev.Specific >= GenericWeight {
				r.Passage = ans.Passage
			}
		}
		return r
	case VerdictDose, VerdictDiagnosis:
		r := a.abstain(string(v.Kind))
		r.Notice = v.Notice
		return r
	case VerdictSigns:
		return knowledge.Reply{Kind: knowledge.KindSigns, Notice: v.Notice, Basis: v.Basis, Disclaimer: a.k.Disclaimer}
	}
	var r knowledge.Reply
	if a.vote != nil {
		r = a.answerByVote(ctx, text)
	} else if a.model != nil {
		r = a.understand(ctx, text, q.Previous)
	} else {
		r, _ = a.retrieve(ctx, text)
	}
	if v.Kind == VerdictFigure {
		if r.Kind == knowledge.KindAnswer {
			r.Notice = v.Notice
		} else if r.Kind == knowledge.KindAbstain {
			r.Lead = v.Notice + "\n\n" + r.Lead
		}
	}
	return r
}

// retrieve answers from the knowledge: search, then the policy's decision,
// and the evidence it was made on.
func (a *Answerer) retrieve(ctx context.Context, text string) (knowledge.Reply, Evidence) {
	if text == "" {
		return a.abstain(knowledge.ReasonOutOfScope), Evidence{}
	}
	res, err := a.search.Search(ctx, text, candidates)
	if err != nil {
		if ctx.Err() != nil {
			return a.Notice(knowledge.KindError, "That took too long to look up. Please try again in a moment."), Evidence{}
		}
		return a.Notice(knowledge.KindError, "Something went wrong while looking that up. Please try again later."), Evidence{}
	}
	d := a.policy.Decide(res)
	if !d.Answer {
		r := a.abstain(knowledge.ReasonOutOfScope)
		for _, m := range res.Matches {
			r.RunnersUp = append(r.RunnersUp, m.Passage.ID)
		}
		r.RunnersUp = r.RunnersUp[:min(maxRunnersUp, len(r.RunnersUp))]
		return r, d.Evidence
	}
	top := res.Matches[0]
	p := top.Passage
	if o := p.Section.Article.Overview; o != nil && d.Evidence.Specific < GenericWeight {
		// Only the article's general words matched ("is massage worth it for
		// back pain?"): the article's own overall answer fits, and it is
		// the answer to exactly that question, not a weak guess.
		p = o
		if d.Confidence == knowledge.ConfidenceLow {
			d.Confidence = knowledge.ConfidenceMedium
		}
	}
	if d.Confidence == knowledge.ConfidenceLow {
		// Some evidence, not enough to quote: a reply is a confident passage
		// or "I don't know", which offers the closest passages to choose.
		r := a.abstain(knowledge.ReasonAmbiguous)
		r.Suggestions = append([]*knowledge.Passage{p}, a.related(res, p)...)
		r.Suggestions = r.Suggestions[:min(3, len(r.Suggestions))]
		r.RunnersUp = passageIDs(r.Suggestions)
		return r, d.Evidence
	}
	return knowledge.Reply{
		Kind:       knowledge.KindAnswer,
		Passage:    p,
		Confidence: d.Confidence,
		Related:    a.related(res, p),
		Disclaimer: a.k.Disclaimer,
	}, d.Evidence
}

// related picks up to three further passages: the other matches with real
// evidence first, then the answer's neighbours in its section, then the
// other matches.
func (a *Answerer) related(res knowledge.Result, top *knowledge.Passage) []*knowledge.Passage {
	var strong, rest []*knowledge.Passage
	for _, m := range res.Matches {
		if a.policy.Related(res, m) {
			strong = append(strong, m.Passage)
		}
		rest = append(rest, m.Passage)
	}
	return relatedTo(top, strong, rest)
}

// maxRelated is how many related passages an answer offers.
const maxRelated = 3

// maxRunnersUp is how many of the nearest passages an unanswered question
// keeps in Reply.RunnersUp: as many as "Did you mean" offers, enough for
// an operator to see where the knowledge nearly answered.
const maxRunnersUp = 3

func passageIDs(ps []*knowledge.Passage) []string {
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	return ids
}

// relatedTo picks up to maxRelated passages other than top: the strong
// candidates first, then top's neighbours in its section, then the rest.
func relatedTo(top *knowledge.Passage, strong, rest []*knowledge.Passage) []*knowledge.Passage {
	seen := map[string]bool{top.ID: true}
	var out []*knowledge.Passage
	for _, p := range strong {
		if len(out) == maxRelated {
			return out
		}
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	for _, p := range top.Section.Passages {
		if len(out) == maxRelated {
			break
		}
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	// A passage alone in its section (a conclusion) still offers where to
	// read on: the other candidates, best first.
	for _, p := range rest {
		if len(out) == maxRelated {
			break
		}
		if !seen[p.ID] {
			seen[p.ID] = true
			out = append(out, p)
		}
	}
	return out
}

// Passage answers with one passage by id, as the related-passage buttons
// do. An unknown id (a button from before the knowledge changed) gets an
// honest "I don't know".
func (a *Answerer) Passage(id string) knowledge.Reply {
	p := a.k.Passage(id)
	if p == nil {
		return a.abstain(knowledge.ReasonOutOfScope)
	}
	r := knowledge.Reply{Kind: knowledge.KindAnswer, Passage: p, Confidence: knowledge.ConfidenceHigh, Disclaimer: a.k.Disclaimer}
	for _, q := range p.Section.Passages {
		if q != p && len(r.Related) < 3 {
			r.Related = append(r.Related, q)
		}
	}
	return r
}

// Topics lists the topics the bot can talk about.
func (a *Answerer) Topics() knowledge.Reply {
	return knowledge.Reply{Kind: knowledge.KindTopics, Topics: a.k.Sections(), Disclaimer: a.k.Disclaimer}
}

// Help says what the bot is and is not.
func (a *Answerer) Help() knowledge.Reply {
	return knowledge.Reply{Kind: knowledge.KindHelp, Topics: a.k.Sections(), Disclaimer: a.k.Disclaimer}
}

// Notice is a short reply of a fixed sentence: a cooldown or an error.
func (a *Answerer) Notice(kind knowledge.Kind, text string) knowledge.Reply {
	return knowledge.Reply{Kind: kind, Notice: text, Disclaimer: a.k.Disclaimer}
}

func (a *Answerer) abstain(reason string) knowledge.Reply {
	return knowledge.Reply{
		Kind:       knowledge.KindAbstain,
		Reason:     reason,
		Lead:       a.k.DontKnow,
		Topics:     a.k.Sections(),
		Disclaimer: a.k.Disclaimer,
	}
}

// normalizeInput makes any input safe to look at: valid UTF-8, no NULs or
// other control characters, at most MaxInputBytes, trimmed. Line breaks
// stay: to the safety check they end a sentence, so "no fever" on one line
// does not negate "both legs numb" on the next.
func normalizeInput(s string) string {
	if len(s) > MaxInputBytes {
		s = s[:MaxInputBytes]
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\r':
			return '\n'
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
			return ' '
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}
