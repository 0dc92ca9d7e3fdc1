package bot

import (
	"github.com/backpainbot/backpainbot/bot/safety"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The safety check lives in package safety; these names keep the answering
// policy's API as it was for its callers.

// Safety checks messages against the safety rules (see safety.Safety).
type Safety = safety.Safety

// Verdict is the outcome of the safety check for one message.
type Verdict = safety.Verdict

// VerdictKind says what the safety check found.
type VerdictKind = safety.VerdictKind

// The verdict kinds, in order of precedence (see package safety).
const (
	VerdictNone      = safety.VerdictNone
	VerdictCrisis    = safety.VerdictCrisis
	VerdictUrgent    = safety.VerdictUrgent
	VerdictDose      = safety.VerdictDose
	VerdictDiagnosis = safety.VerdictDiagnosis
	VerdictSigns     = safety.VerdictSigns
	VerdictFigure    = safety.VerdictFigure
)

// NewSafety compiles the rules. Its errors name the rules file and line.
func NewSafety(r *knowledge.SafetyRules) (*Safety, error) { return safety.New(r) }

// WithoutSymptoms returns text without the words v's red flag was found in
// (see safety.WithoutSymptoms).
func WithoutSymptoms(text string, v Verdict) string { return safety.WithoutSymptoms(text, v) }
