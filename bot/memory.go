package bot

import (
	"slices"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Memory is what the next message of the same member in the same place
// needs from this one: what the safety check found in it (a red flag said a
// moment ago still counts with the follow-up), never its text. It is small
// whatever the message's length, and the zero Memory means nothing to carry.
type Memory struct {
	safety *finding
	// topic is the question model's reading of the message when it was
	// about a passage: a follow-up is read with it.
	topic []qmodel.Scored
}

// Empty reports whether m carries nothing, so that a front end need not
// keep it.
func (m Memory) Empty() bool { return m.safety == nil && m.topic == nil }

// Remember reads text for what the next message needs. A message in which no
// rule, signal or crisis phrase fired gives the zero Memory.
func (s *Safety) Remember(text string) Memory {
	f := s.judge(text)
	if !f.crisis && f.level == 0 && !slices.Contains(f.fired, true) {
		return Memory{}
	}
	f.symptoms = nil // words of this message: the next one has its own
	return Memory{safety: &f}
}

// Remember reads a message for what the same member's next message in the
// same place needs (see Memory).
func (a *Answerer) Remember(text string) Memory {
	text = normalizeInput(text)
	m := a.safety.Remember(text)
	if a.model != nil {
		m.topic = topicOf(a.model.Predict(text))
	}
	return m
}

// topicOf keeps the passages of a prediction whose top label is a passage,
// or nothing: a follow-up to small talk or an unanswerable question has no
// topic to continue.
func topicOf(pred []qmodel.Scored) []qmodel.Scored {
	if len(pred) == 0 || pred[0].Label == knowledge.LabelNone || knowledge.IsChatLabel(pred[0].Label) {
		return nil
	}
	var out []qmodel.Scored
	for _, s := range pred {
		if s.Label != knowledge.LabelNone && !knowledge.IsChatLabel(s.Label) && len(out) < 3 {
			out = append(out, s)
		}
	}
	return out
}
