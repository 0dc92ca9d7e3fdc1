package bot

import (
	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/bot/safety"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Memory is what the next message of the same member in the same place
// needs from this one: what the safety check found in it (a red flag said a
// moment ago still counts with the follow-up), never its text. It is small
// whatever the message's length, and the zero Memory means nothing to carry.
type Memory struct {
	safety safety.Memory
	// topic is what the question model needs of the message when it was
	// about a passage: a follow-up is read with it.
	topic qmodel.Context
}

// Empty reports whether m carries nothing, so that a front end need not
// keep it.
func (m Memory) Empty() bool { return m.safety.Empty() && m.topic.Empty() }

// Remember reads a message for what the same member's next message in the
// same place needs (see Memory).
func (a *Answerer) Remember(text string) Memory {
	text = normalizeInput(text)
	m := Memory{safety: a.safety.Remember(text)}
	if a.model != nil {
		if pred := a.model.Predict(text); pred[0].Label != knowledge.LabelNone && !knowledge.IsChatLabel(pred[0].Label) {
			m.topic = a.model.Context(text)
		}
	}
	return m
}
