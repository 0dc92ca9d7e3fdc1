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
	close := closePassages(pred)
	if top.Label != knowledge.LabelNone && top.P >= threshold {
		// Two passages nearly as likely as each other: which one is meant
		// is a guess, so the member chooses.
		if !knowledge.IsChatLabel(top.Label) && len(close) >= 2 && close[1].P >= ambiguity*close[0].P {
			return Decision{Label: top.Label, P: top.P, Suggestions: close}
		}
		return Decision{Answer: true, Label: top.Label, P: top.P}
	}
	d := Decision{Label: top.Label, P: top.P}
	// No passage alone is likely enough. If the likeliest passages together
	// are, the question is ambiguous between them rather than out of scope.
	var sum float32
	for _, s := range close {
		sum += s.P
	}
	if len(close) >= 2 && sum >= threshold {
		d.Suggestions = close
	}
	return d
}

// ambiguity is how close the second passage's probability must be to the
// first's for a question to count as ambiguous between them.
const ambiguity = 0.8

// closePassages returns the likeliest passages (not none or small talk),
// up to maxSuggestions, each at least half as likely as the first.
func closePassages(pred []Scored) []Scored {
	var close []Scored
	for _, s := range pred {
		if s.Label == knowledge.LabelNone || knowledge.IsChatLabel(s.Label) {
			continue
		}
		if len(close) == maxSuggestions || len(close) > 0 && s.P < close[0].P/2 {
			break
		}
		close = append(close, s)
	}
	return close
}
