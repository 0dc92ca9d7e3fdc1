package qmodel

import (
	"sync"

	"github.com/backpainbot/backpainbot/knowledge"
)

// calibrationFolds splits the examples for calibration at start-up: one
// fold of two is held out, which keeps training, calibration included,
// within about a second on one core for the default knowledge.
const calibrationFolds = 2

// Seed is the fixed seed of every model the bot trains: the same knowledge
// gives the same model.
const Seed = 1

// Examples are what a model of k trains on: its example questions and the
// phrasings its passages list.
func Examples(k *knowledge.Knowledge) []knowledge.Example {
	ex := append([]knowledge.Example(nil), k.Examples...)
	for _, p := range k.Passages() {
		for _, ph := range p.Phrasings {
			ex = append(ex, knowledge.Example{Text: ph, Label: p.ID, File: p.Section.Article.File})
		}
	}
	return ex
}

// Build trains the question model of k and calibrates it on
// cross-validation folds. It returns nil when k has no examples: such
// knowledge is answered by search alone.
func Build(k *knowledge.Knowledge) *Model { return BuildMetered(k, nil) }

// BuildMetered is Build, counting the training on meter.
func BuildMetered(k *knowledge.Knowledge, meter *Meter) *Model {
	if len(k.Examples) == 0 {
		return nil
	}
	fp := k.Fingerprint()
	if m, ok := built.Load(fp); ok {
		return m.(*Model)
	}
	m := build(k, meter)
	built.Store(fp, m)
	return m
}

// built holds the models this process trained, by the knowledge's
// fingerprint: a model is immutable, and the same knowledge trains the same
// model, so it is trained once.
var built sync.Map

// BuildUncached is Build without the process's cache: it always trains.
func BuildUncached(k *knowledge.Knowledge) *Model {
	if len(k.Examples) == 0 {
		return nil
	}
	return build(k, nil)
}

func build(k *knowledge.Knowledge, meter *Meter) *Model {
	ex := Examples(k)
	opts := TrainOptions{Seed: Seed, Meter: meter}
	// The model and the one that calibrates it are independent: trained
	// side by side, start-up waits for the longer of the two, not both. Each
	// is deterministic, so the result does not depend on which ends first.
	trained := make(chan *Model, 1)
	go func() { trained <- Train(ex, opts) }()
	// Calibrated on one half held out from a model trained on the other:
	// thousands of honest scores, for half the training of two folds.
	labels, folds := crossValidate(ex, calibrationFolds, 0, opts)
	m := <-trained
	m.Calibrate(labels, folds)
	return m
}
