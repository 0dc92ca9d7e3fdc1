package bot

import (
	"context"
	"math"
	"strings"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// QuestionModel says which passage a message asks for, with calibrated
// probabilities. *qmodel.Model is the one the program trains.
type QuestionModel interface {
	// Predict ranks every label (passage ids, none, small talk) by its
	// probability for text.
	Predict(text string) []qmodel.Scored
	// PredictIn is Predict for a follow-up, read with what the previous
	// message left (Context).
	PredictIn(text string, prev qmodel.Context) []qmodel.Scored
	// Context is what text leaves for a follow-up.
	Context(text string) qmodel.Context
	// Decide turns a ranking into an answer, or "I don't know" with any
	// suggestions, at the model's calibrated threshold.
	Decide(pred []qmodel.Scored) qmodel.Decision
	// CrossValidate judges examples with models trained without them,
	// telling progress (if not nil) how much of the training is done.
	CrossValidate(ex []knowledge.Example, folds int, progress func(done, total int)) []qmodel.Judged
}

// WithModel answers with a question model trained on the knowledge's
// examples. Without one (knowledge that has no examples), the search's
// evidence alone decides.
func WithModel(m QuestionModel) Option {
	return func(a *Answerer) {
		if m, ok := m.(*qmodel.Model); ok && m == nil {
			return // a nil *Model is no model
		}
		a.model = m
	}
}

// WithFusion makes the search's evidence an input of the question model's
// decision: each passage's search score, relative to the best, adds beta
// to its log probability. Measured against the model alone in eval
// (--engine fusion); the default is the model alone.
func WithFusion(beta float64) Option { return func(a *Answerer) { a.fusion = beta } }

// understand answers with the question model: a passage it is confident
// about, small talk, or "I don't know", offering the passages an ambiguous
// question may mean. A short follow-up ("and does that last?") that the
// model cannot place on its own is read with the previous question's topic.
func (a *Answerer) understand(ctx context.Context, text string, prev Memory) knowledge.Reply {
	pred := a.model.Predict(text)
	if a.fusion > 0 {
		pred = a.fuse(ctx, text, pred)
	}
	d := a.model.Decide(pred)
	// Another reading of a declined message is taken only if the model is
	// confident about it.
	reread := func(p []qmodel.Scored) {
		if dp := a.model.Decide(p); dp.Answer {
			pred, d = p, dp
		}
	}
	if f := focus(text); !d.Answer && f != "" {
		// A story around the question can drown it ("my leg fell asleep
		// while gaming, unrelated but does massage help my back?"): the
		// question alone.
		reread(a.model.Predict(f))
	}
	if !d.Answer && !prev.topic.Empty() && followUp(text) {
		// A follow-up, with the previous question's words.
		reread(a.model.PredictIn(text, prev.topic))
	}
	switch {
	case !d.Answer:
		r := a.abstain(knowledge.ReasonOutOfScope)
		for _, s := range d.Suggestions {
			if p := a.k.Passage(s.Label); p != nil {
				r.Suggestions = append(r.Suggestions, p)
			}
		}
		if len(r.Suggestions) > 0 {
			r.Reason = knowledge.ReasonAmbiguous
		}
		return r
	case d.Label == knowledge.LabelHelp:
		return a.Help()
	case knowledge.IsChatLabel(d.Label):
		return knowledge.Reply{Kind: knowledge.KindChat, Reason: d.Label, Disclaimer: a.k.Disclaimer}
	}
	p := a.k.Passage(d.Label)
	if p == nil { // a model trained on other knowledge: a build defect
		return a.abstain(knowledge.ReasonOutOfScope)
	}
	r := knowledge.Reply{Kind: knowledge.KindAnswer, Passage: p, Confidence: knowledge.ConfidenceMedium, Disclaimer: a.k.Disclaimer}
	if d.P >= highConfidence {
		r.Confidence = knowledge.ConfidenceHigh
	}
	// Where to read on: the passages the model found next most likely,
	// then the answer's neighbours. (Asking the search as well would
	// quadruple the time an answer takes, for buttons the model ranks as
	// well.)
	var strong, rest []*knowledge.Passage
	for _, s := range pred {
		if q := a.k.Passage(s.Label); q != nil {
			if s.P >= relatedShare {
				strong = append(strong, q)
			}
			rest = append(rest, q)
		}
	}
	r.Related = relatedTo(p, strong, rest)
	return r
}

// fuse adds the search's evidence to the model's probabilities.
func (a *Answerer) fuse(ctx context.Context, text string, pred []qmodel.Scored) []qmodel.Scored {
	res, err := a.search.Search(ctx, text, candidates)
	if err != nil || len(res.Matches) == 0 || res.Matches[0].Score <= 0 {
		return pred
	}
	rel := map[string]float64{}
	for _, m := range res.Matches {
		rel[m.Passage.ID] = m.Score / res.Matches[0].Score
	}
	p := map[string]float32{}
	var sum float64
	for _, s := range pred {
		v := float64(s.P) * math.Exp(a.fusion*rel[s.Label])
		p[s.Label] = float32(v)
		sum += v
	}
	for l := range p {
		p[l] = float32(float64(p[l]) / sum)
	}
	return qmodel.Rank(p)
}

// Vote is a nearest-neighbour vote over the knowledge's example questions:
// each label's share of the examples most like the question.
type Vote func(ctx context.Context, text string) ([]qmodel.Scored, error)

// WithVote answers by a nearest-neighbour vote over the examples instead
// of the question model (measured in eval as --engine knn): the top label
// answers when it holds at least half the vote.
func WithVote(v Vote) Option { return func(a *Answerer) { a.vote = v } }

// voteMajority is the share of the vote a label needs to answer.
const voteMajority = 0.5

// answerByVote is the reply of the nearest-neighbour engine.
func (a *Answerer) answerByVote(ctx context.Context, text string) knowledge.Reply {
	votes, err := a.vote(ctx, text)
	if err != nil || len(votes) == 0 || votes[0].P < voteMajority || votes[0].Label == knowledge.LabelNone {
		return a.abstain(knowledge.ReasonOutOfScope)
	}
	switch l := votes[0].Label; {
	case l == knowledge.LabelHelp:
		return a.Help()
	case knowledge.IsChatLabel(l):
		return knowledge.Reply{Kind: knowledge.KindChat, Reason: l, Disclaimer: a.k.Disclaimer}
	}
	p := a.k.Passage(votes[0].Label)
	if p == nil {
		return a.abstain(knowledge.ReasonOutOfScope)
	}
	return knowledge.Reply{Kind: knowledge.KindAnswer, Passage: p, Confidence: knowledge.ConfidenceMedium, Disclaimer: a.k.Disclaimer}
}

// relatedShare is the least probability for the model to offer a passage
// as related before the answer's own section.
const relatedShare = 0.05

// highConfidence is the probability above which an answer is reported as
// high confidence (in ask --json and the logs).
const highConfidence = 0.8

// focus returns the part of a message that carries its question: the last
// sentence that asks something (else the last sentence), after its last
// "but". It is "" when that is the whole message.
func focus(text string) string {
	sentences := strings.FieldsFunc(text, func(r rune) bool { return r == '.' || r == '!' || r == '\n' })
	var last string
	for _, s := range sentences {
		for _, q := range strings.SplitAfter(s, "?") {
			if q = strings.TrimSpace(q); q != "" && (strings.HasSuffix(q, "?") || last == "" || !strings.HasSuffix(last, "?")) {
				last = q
			}
		}
	}
	if i := strings.LastIndex(strings.ToLower(last), " but "); i >= 0 {
		last = last[i+len(" but "):]
	}
	last = strings.TrimSpace(last)
	if len(strings.Fields(last)) < 2 || len(last) >= len(strings.TrimSpace(text)) {
		return ""
	}
	return last
}

// followUp reports whether a message reads as the continuation of the one
// before: short, and opening with a joining word or pointing back at
// something ("and does that last?", "what about stretching?", "why?").
func followUp(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 || len(ws) > 8 {
		return false
	}
	switch strings.Trim(ws[0], "?!.,") {
	case "and", "but", "also", "so", "or", "plus", "then", "ok", "okay", "what", "how", "why", "does", "do", "is", "will", "can":
		return true
	}
	for _, w := range ws {
		switch strings.Trim(w, "?!.,") {
		case "that", "it", "this", "those", "them", "they", "too", "also":
			return true
		}
	}
	return false
}
