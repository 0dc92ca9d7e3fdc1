package qmodel

import "github.com/backpainbot/backpainbot/knowledge"

// Decision is what the model's probabilities mean for the reply.
type Decision struct {
	// Answer: reply with Label (a passage, or a kind of small talk).
	// Otherwise the bot says "I don't know", offering Suggestions if any.
	Answer bool
	Label  string
	P      float32
	// Suggestions are two or three passages that together are likely but
	// none alone is: "Did you mean ...?".
	Suggestions []Scored
}

// maxSuggestions is how many passages "Did you mean" offers at most.
const maxSuggestions = 3

// Decide turns ranked probabilities into a decision at the model's
// threshold.
func (m *Model) Decide(pred []Scored) Decision { return decide(pred, m.Threshold) }

func decide(pred []Scored, threshold float32) Decision {
	if len(pred) == 0 {
		return Decision{}
	}
	top := pred[0]
	if top.Label != knowledge.LabelNone && top.P >= threshold {
		return Decision{Answer: true, Label: top.Label, P: top.P}
	}
	d := Decision{Label: top.Label, P: top.P}
	// No passage alone is likely enough. If the likeliest passages together
	// are, each holds a real share (at least half the first one's), and the
	// question is more likely about the article than not, it is ambiguous
	// between them rather than out of scope.
	var sum, none float32
	var close []Scored
	for _, s := range pred {
		switch {
		case s.Label == knowledge.LabelNone:
			none = s.P
			continue
		case knowledge.IsChatLabel(s.Label):
			continue
		case len(close) == maxSuggestions || len(close) > 0 && s.P < close[0].P/2:
			continue
		}
		close = append(close, s)
		sum += s.P
	}
	if len(close) >= 2 && sum >= threshold && none < 0.5 {
		d.Suggestions = close
	}
	return d
}
