package bot

import (
	"sync"

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

// NewSafety compiles the rules, without the learned detector. Its errors
// name the rules file and line.
func NewSafety(r *knowledge.SafetyRules) (*Safety, error) { return safety.New(r) }

// DetectorCache keeps trained safety detectors between starts (see
// safety.DetectorCache).
type DetectorCache = safety.DetectorCache

// SafetyTraining are the knobs of BuildSafety's training. The zero value
// trains in silence and keeps nothing.
type SafetyTraining struct {
	Progress func(done, total int) // told how much of the training is done
	Cache    DetectorCache         // keeps the detector for the next start
}

// BuildSafety compiles rules and trains the learned detector beside them on
// examples, with the example questions of k (and of the embedded default
// knowledge) as ordinary messages. nil rules, examples or k mean the
// embedded defaults. Training takes a second or two, so the embedded
// defaults are trained once per knowledge in a process, and a cache keeps
// the detector between starts.
func BuildSafety(rules *knowledge.SafetyRules, examples []knowledge.SafetyExample, k *knowledge.Knowledge, training SafetyTraining) (*Safety, error) {
	def, err := defaultKnowledge()
	if err != nil {
		return nil, err
	}
	if k == nil {
		k = def
	}
	if rules != nil || examples != nil {
		return buildSafety(rules, examples, def, k, training)
	}
	key := k.Fingerprint()
	if s, ok := builtSafety.Load(key); ok {
		return s.(*Safety), nil
	}
	s, err := buildSafety(nil, nil, def, k, training)
	if err == nil {
		builtSafety.Store(key, s)
	}
	return s, err
}

// builtSafety holds the checks built from the embedded defaults, by the
// knowledge's fingerprint.
var builtSafety sync.Map

// defaultKnowledge is the embedded knowledge, read once: its example
// questions are ordinary messages for every detector.
var defaultKnowledge = sync.OnceValues(knowledge.Default)

func buildSafety(rules *knowledge.SafetyRules, examples []knowledge.SafetyExample, def, k *knowledge.Knowledge, training SafetyTraining) (*Safety, error) {
	var err error
	if rules == nil {
		if rules, err = knowledge.DefaultSafetyRules(); err != nil {
			return nil, err
		}
	}
	if examples == nil {
		if examples, err = knowledge.DefaultSafetyExamples(); err != nil {
			return nil, err
		}
	}
	s, err := safety.New(rules)
	if err != nil {
		return nil, err
	}
	sources := []*knowledge.Knowledge{def}
	if k.Fingerprint() != def.Fingerprint() {
		sources = append(sources, k)
	}
	var ordinary []string
	for _, kk := range sources {
		for _, e := range kk.Examples {
			ordinary = append(ordinary, e.Text)
		}
	}
	d, err := s.TrainDetector(examples, ordinary, safety.DetectorOptions{Progress: training.Progress, Cache: training.Cache})
	if err != nil {
		return nil, err
	}
	return s.WithDetector(d), nil
}

// WithoutSymptoms returns text without the words v's red flag was found in
// (see safety.WithoutSymptoms).
func WithoutSymptoms(text string, v Verdict) string { return safety.WithoutSymptoms(text, v) }
