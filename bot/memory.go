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
	// topic is what the question model needs of the message when it was
	// about a passage: a follow-up is read with it.
	topic qmodel.Context
}

// Empty reports whether m carries nothing, so that a front end need not
// keep it.
func (m Memory) Empty() bool { return m.safety == nil && m.topic.Empty() }

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
		if pred := a.model.Predict(text); pred[0].Label != knowledge.LabelNone && !knowledge.IsChatLabel(pred[0].Label) {
			m.topic = a.model.Context(text)
		}
	}
	return m
}
