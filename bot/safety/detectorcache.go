package safety

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// DetectorCache keeps trained detectors between starts, so that a restart
// with the same examples need not train again (about 2.5 s on 2 cores).
// Keys name everything training depends on (see detectorKey); Load
// reports false for a key it does not hold. Store may fail silently: the
// detector is then trained again next time.
type DetectorCache interface {
	Load(key string) ([]byte, bool)
	Store(key string, data []byte)
}

// detectorEncoding changes whenever what MarshalBinary writes, or what the
// model reads (2: texts with accents as the plain letter), changes.
const detectorEncoding = 2

// savedDetector is what MarshalBinary writes: what training produced. The
// examples are not in it: the cache key says they are the same.
type savedDetector struct {
	Version                 int
	Model                   []byte
	Crisis, Urgent, Signs   float32
	Examples, TrainingTexts int // to check the saved detector against its inputs
}

// MarshalBinary encodes the trained model and its thresholds.
func (d *Detector) MarshalBinary() ([]byte, error) {
	m, err := d.model.MarshalBinary()
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	err = gob.NewEncoder(&b).Encode(savedDetector{Version: detectorEncoding, Model: m,
		Crisis: d.cut.crisis, Urgent: d.cut.urgent, Signs: d.cut.signs,
		Examples: len(d.example), TrainingTexts: d.near.Len()})
	if err != nil {
		return nil, fmt.Errorf("safety: detector: encode: %w", err)
	}
	return b.Bytes(), nil
}

// decodeDetector rebuilds a detector MarshalBinary wrote for examples and
// ex, their training set (see trainingSet).
func decodeDetector(data []byte, examples []knowledge.SafetyExample, ex []knowledge.Example) (*Detector, error) {
	var s savedDetector
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&s); err != nil {
		return nil, fmt.Errorf("safety: detector: decode: %w", err)
	}
	if s.Version != detectorEncoding || s.Examples != len(examples) || s.TrainingTexts != len(ex) {
		return nil, fmt.Errorf("safety: detector: saved for other examples or by another version")
	}
	m, err := qmodel.Decode(s.Model)
	if err != nil {
		return nil, err
	}
	return &Detector{model: m, cut: thresholds{crisis: s.Crisis, urgent: s.Urgent, signs: s.Signs},
		near: m.Nearest(textsOf(ex)), example: examples}, nil
}

// detectorKey names a training: its set (each text, label and whether it
// is a written example, which sets the thresholds), the folds, and the
// constants of training and of choosing thresholds. Changing any of them
// trains a new detector.
func detectorKey(ex []knowledge.Example, folds int) string {
	h := sha256.New()
	fmt.Fprintf(h, "detector %d: seed %d, %d epochs, last %d averaged, %d folds, budget %g, cuts %g %g %g %g, agree %d of %d (%d at %g)\n",
		detectorEncoding, qmodel.Seed, detectorEpochs, detectorAverage, folds, falseAlarmBudget,
		minCrisisCut, minUrgentCut, maxCut, signsCut, agreeMin, agreeK, agreeMinSure, sureCrisis)
	for _, e := range ex {
		fmt.Fprintf(h, "%s\x00%t\x00%s\x00", e.Label, e.File != "", e.Text)
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
