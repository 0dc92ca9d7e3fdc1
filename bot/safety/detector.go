package safety

import (
	"fmt"
	"slices"
	"strings"

	"github.com/backpainbot/backpainbot/bot/qmodel"
	"github.com/backpainbot/backpainbot/knowledge"
)

// Detector is the learned half of the safety check: a softmax regression
// (the question model's machinery) over the words of a message, trained on
// labelled safety examples to say its level (crisis, emergency, same-day,
// soon, signs or none). It flags a message when the probability of crisis,
// or of an urgent level and those more urgent, is above a threshold set on
// cross-validation folds to keep its false alarms within a budget (see
// chooseThresholds). It is immutable and safe for concurrent use.
type Detector struct {
	model   *qmodel.Model
	cut     thresholds
	near    *qmodel.Nearest
	example []knowledge.SafetyExample // what near indexes, for Finding.Nearest
}

// The urgency ranks of the detector's levels: the rules' levelRank, with
// crisis above them all.
const (
	rankNone   = 0
	rankCrisis = 4
)

// thresholds are the least probabilities that flag: of crisis; of an
// urgent level, read cumulatively (emergency; emergency or same-day; any
// urgent level); of a signs question.
type thresholds struct {
	crisis, urgent, signs float32
}

// Finding is what the detector makes of a message.
type Finding struct {
	Level string  // knowledge.SafetyLevels: crisis, emergency, same-day, soon, signs or none
	P     float32 // the probability that decided it
	// Alarm is the probability of any level that raises an alarm: crisis,
	// emergency or same-day (see overrules).
	Alarm float32
	// Nearest is the training example most like the message among those of
	// Level, for people auditing a decision (never the message itself).
	Nearest knowledge.SafetyExample
}

// DetectorOptions are the knobs of NewDetector. The zero value is the
// default.
type DetectorOptions struct {
	// Folds for the cross-validation that sets the thresholds (default 2:
	// each fold's model trains on half the examples, beside the full model
	// on the other core, so start-up waits for one training, not two; on
	// 4-fold cross-validation of the examples 2 folds caught 1,077 of 1,745
	// urgent messages against 3 folds' 1,021, for the same 13 false alarms
	// in 3,520 look-alikes and the same 509 of 1,104 crises).
	Folds int
	// Progress, if not nil, is told how much of the training is done.
	Progress func(done, total int)
	// Cache, if not nil, keeps the trained detector for the next start
	// with the same examples, ordinary messages and options (see
	// DetectorCache).
	Cache DetectorCache
}

// NewDetector trains a detector on examples, and on ordinary messages as
// examples of nothing to flag: the question model's example questions,
// which teach it what everyday messages look like. The same input gives
// the same detector.
func NewDetector(examples []knowledge.SafetyExample, ordinary []string, opts DetectorOptions) (*Detector, error) {
	if opts.Folds == 0 {
		opts.Folds = 2
	}
	ex := trainingSet(examples, ordinary)
	for _, l := range []string{knowledge.SafetyCrisis, knowledge.LevelEmergency, knowledge.SafetyNone} {
		if !slices.ContainsFunc(examples, func(e knowledge.SafetyExample) bool { return e.Level == l }) {
			return nil, fmt.Errorf("safety: detector: no %s examples to learn from", l)
		}
	}
	if opts.Cache == nil {
		return trainDetector(examples, ex, opts), nil
	}
	key := detectorKey(ex, opts.Folds)
	if data, ok := opts.Cache.Load(key); ok {
		if d, err := decodeDetector(data, examples, ex); err == nil {
			return d, nil
		}
	}
	d := trainDetector(examples, ex, opts)
	if data, err := d.MarshalBinary(); err == nil {
		opts.Cache.Store(key, data)
	}
	return d, nil
}

// trainingSet is what the detector learns from: the examples as the check
// reads them, then the ordinary messages as examples of nothing to flag.
func trainingSet(examples []knowledge.SafetyExample, ordinary []string) []knowledge.Example {
	ex := make([]knowledge.Example, len(examples), len(examples)+len(ordinary))
	for i, e := range examples {
		ex[i] = knowledge.Example{Text: plainText(asRead(e)), Label: e.Level, File: e.File, Line: e.Line}
	}
	for _, o := range ordinary {
		ex = append(ex, knowledge.Example{Text: plainText(o), Label: knowledge.SafetyNone})
	}
	return ex
}

// plainText is a text as the detector reads it, in training and in use:
// accents as the plain letter (qmodel.PlainLetter), so that a word typed
// with them and without them ("lưng" and "lung", "necítím" and
// "necitim") is one word to the model, as it is to the rules' tokenizer.
// The question model reads accents as they are.
func plainText(text string) string { return strings.Map(qmodel.PlainLetter, text) }

// textsOf returns the texts of a training set, which the nearest examples
// are found among.
func textsOf(ex []knowledge.Example) []string {
	texts := make([]string, len(ex))
	for i, e := range ex {
		texts[i] = e.Text
	}
	return texts
}

// trainDetector trains the model and sets its thresholds on ex, the
// training set of examples (see trainingSet).
func trainDetector(examples []knowledge.SafetyExample, ex []knowledge.Example, opts DetectorOptions) *Detector {
	// One meter for the model and the folds, trained side by side.
	train := qmodel.TrainOptions{Seed: qmodel.Seed, Epochs: detectorEpochs, AverageLast: detectorAverage, Meter: qmodel.NewMeter(opts.Progress)}
	d := &Detector{example: examples}
	done := make(chan struct{})
	go func() { // the full model beside the folds: start-up on two cores
		defer close(done)
		d.model = qmodel.Train(ex, train)
	}()
	labels, folds := qmodel.CrossValidate(ex, opts.Folds, train)
	<-done
	traps := make([]bool, len(folds))
	for i, f := range folds {
		traps[i] = f.Example.File != "" // a safety example; ordinary messages have no file
	}
	texts := textsOf(ex)
	d.near = d.model.Nearest(texts)
	d.cut = chooseThresholds(labels, folds, traps, func(text string) int {
		return d.alarmingNear(d.near.Similar(d.near.Query(text)), func(i int) bool { return texts[i] == text })
	})
	return d
}

// detectorEpochs is how many passes over the examples train the detector.
// On 4-fold cross-validation of the examples, with thresholds holding the
// false alarms on the look-alikes to 0.25% a level, 20 passes instead of
// the question model's 12 caught 640 of 1,104 crises instead of 614 and
// 1,195 of 1,745 urgent messages instead of 1,140, and the detector
// alarmed 5 of the safety set's 289 look-alikes instead of 7; 30 passes
// was no better and slower to start. With 2 threshold folds (see
// DetectorOptions.Folds) training costs about what 12 passes and 3 folds
// did.
const detectorEpochs = 20

// detectorAverage is how many of the last passes the detector's weights
// are averaged over (qmodel.TrainOptions.AverageLast).
const detectorAverage = 10

// joined is an example as the detector reads it: a two-message example as
// one.
func joined(e knowledge.SafetyExample) string {
	if e.Previous == "" {
		return e.Text
	}
	return e.Previous + "\n" + e.Text
}

// asRead is an example as the check reads it: a message that continues
// the one before is read with it (joined); one that asks something new is
// read alone, so an unrelated question after a red flag, labelled by what
// it needs, teaches the new question's words and not the red flag's. An
// alarming example keeps both messages: its label is about them together.
func asRead(e knowledge.SafetyExample) string {
	if e.Previous != "" && !alarming(e.Level) && !continues(e.Text) {
		return e.Text
	}
	return joined(e)
}

func detectorRank(level string) int {
	if level == knowledge.SafetyCrisis {
		return rankCrisis
	}
	return levelRank(level) // 0 for signs and none
}

// Read judges one message. Its finding is not yet confirmed (see confirm).
func (d *Detector) Read(text string) Finding {
	return d.decide(d.model.Predict(plainText(text)))
}

// ReadAfter judges a message that continues the previous one, read as one
// with it (c is the previous message's features: Context).
func (d *Detector) ReadAfter(text string, c qmodel.Context) Finding {
	return d.decide(d.model.PredictJoined(plainText(text), c))
}

// Context is what ReadAfter needs of a message: the features of its first
// contextWords words, not its text.
func (d *Detector) Context(text string) qmodel.Context {
	return d.model.ContextWords(plainText(text), contextWords)
}

// Trace reports whether text holds a trace of a red flag or crisis: the
// detector gives the levels that need a reply of their own at least
// traceMin in all. Only such a message is worth remembering for the next,
// which may complete it.
func (d *Detector) Trace(text string) bool {
	var p float32
	for _, s := range d.model.Predict(plainText(text)) {
		if detectorRank(s.Label) > rankNone {
			p += s.P
		}
	}
	return p >= traceMin
}

// traceMin: below this, a message is ordinary.
const traceMin = 0.05

// contextWords bounds what a message leaves for the next: a red flag told
// over two messages is told in the last sentences of the first.
const contextWords = 80

func (d *Detector) decide(pred []qmodel.Scored) Finding {
	p := map[string]float32{}
	for _, s := range pred {
		p[s.Label] = s.P
	}
	emergency := p[knowledge.LevelEmergency]
	sameDay := emergency + p[knowledge.LevelSameDay]
	soon := sameDay + p[knowledge.LevelSoon]
	f := Finding{Level: knowledge.SafetyNone, Alarm: sameDay + p[knowledge.SafetyCrisis]}
	switch {
	case p[knowledge.SafetyCrisis] >= d.cut.crisis:
		f.Level, f.P = knowledge.SafetyCrisis, p[knowledge.SafetyCrisis]
	case emergency >= d.cut.urgent:
		f.Level, f.P = knowledge.LevelEmergency, emergency
	case sameDay >= d.cut.urgent:
		f.Level, f.P = knowledge.LevelSameDay, sameDay
	case soon >= d.cut.urgent:
		f.Level, f.P = knowledge.LevelSoon, soon
	case p[knowledge.SafetySigns] >= d.cut.signs:
		f.Level, f.P = knowledge.SafetySigns, p[knowledge.SafetySigns]
	}
	return f
}

// rank is the urgency of a finding.
func (f Finding) rank() int { return detectorRank(f.Level) }

// confirm checks a finding against the training examples nearest text,
// and notes the nearest of its level (Finding.Nearest). The nearest
// examples must agree: a message whose closest examples are ordinary ones
// only shares words with the examples of the level. It costs a search of
// the examples that share a feature with the message, so it runs only when
// a finding would change the verdict.
func (d *Detector) confirm(text string, f *Finding) bool {
	text = plainText(text)
	if known, all := d.model.KnownWords(text); known < minKnownLetters || known*minKnown < all {
		return false
	}
	sims := d.near.Similar(d.near.Query(text))
	if f.Level != knowledge.SafetySigns && d.alarmingNear(sims, nil) < agreeNeeded(f.Level, f.P) {
		return false
	}
	if i, _ := sims.Best(func(i int) bool { return i < len(d.example) && d.example[i].Level == f.Level }); i >= 0 {
		f.Nearest = d.example[i]
	}
	return true
}

// minKnown: a finding stands only when at least one letter in minKnown of
// the message's words (of three letters or more; none, no finding) is in a
// word the detector learned. Letters at random, a hash or base64 share
// letter sequences with short crises ("sh", "kms", "i"): of 100,000
// generated hostile lines, 87 got the crisis reply and 4 urgent advice at
// the 1% budget; with this, 3 (the word "kms", which the rules call a
// crisis) and none, as before the budget, and no held-out split changed.
const minKnown = 2

// minKnownLetters: and the words the detector learned hold at least this
// many of the message's letters. Random bytes, even after the input is
// made valid UTF-8, break into shards in many alphabets, and a shard that
// is a learned word of three or four letters ("abar", Bengali "again", in
// a self-harm example; "zor", "mom", "itd") was the whole of what the
// detector read: with round 29's examples, 20 of 100,000 hostile lines got
// urgent advice or the crisis reply that way. Every alarm the detector
// adds on the spent held-out splits (10,888) rests on 12 known letters or
// more.
const minKnownLetters = 8

// agreeK is how many nearest examples vote on a finding; agreeMin of them
// must be of an alarming level. A majority: with 2 of 5 the detector
// alarmed 8 of the safety set's 289 look-alikes; with 3, 5 (at 0.93), and
// on cross-validation folds of the round-2 corpus (4 folds, cut 0.93) its
// false alarms fell from 9 to 6 of 2,528 for 26 fewer of 711 crises caught.
//
// A crisis the model is sure of (p at least sureCrisis) needs only
// agreeMinSure: a crisis hinted at in new words ("gave my guitar to my
// nephew, won't be needing it") has few examples near it that say the
// same. On the spent held-out splits v1-v56 (the development report: 25,190
// messages the detector never trained on), 2 of 5 at p 0.9 or more caught
// 7,316 of 7,349 crises instead of 7,307, with the same 180 false alarms
// in 15,093; a simulation at 0.8 caught 3 more for 5 more false alarms.
// Since v99, a crisis at p 0.85 or more needs 1 of 5: on the spent splits
// v1-v99 (the development report, about 78,000 messages) the detector had read
// 92 of the crises it missed at p 0.4 or more and the nearest examples
// had overruled it, most of them a crisis told in an ordinary question
// whose nearest examples are ordinary. With 1 of 5 at 0.85, 22 more
// crises are caught (v99's "keeping my late mum's sleeping tablets in my
// drawer, just in case" and "im driving into a power pole ... i already
// picked which one" among them) for 4 more false alarms in 30,570 ("i
// want to end it with this restaurant", "last night shift ever tonight,
// saying my goodbyes"); 2 of 5 at 0.85 caught 12 for 1, 1 of 5 at 0.8 24
// for 9.
const (
	agreeK       = 5
	agreeMin     = 3
	sureCrisis   = 0.85
	agreeMinSure = 1
)

// agreeNeeded is how many of the agreeK nearest examples must be of an
// alarming level to confirm a finding of level with probability p.
func agreeNeeded(level string, p float32) int {
	if level == knowledge.SafetyCrisis && p >= sureCrisis {
		return agreeMinSure
	}
	return agreeMin
}

// alarmingNear counts the examples of a level that needs flagging among
// the agreeK nearest the query (sims, its similarities), leaving out those
// skip reports: a training example is judged without itself, as a message
// nobody wrote down would be.
func (d *Detector) alarmingNear(sims qmodel.Similarities, skip func(i int) bool) int {
	k := agreeK
	if skip != nil {
		k++ // room for the example itself
	}
	n, seen := 0, 0
	for _, i := range sims.Top(k) {
		if skip != nil && skip(i) {
			continue
		}
		if seen++; seen > agreeK {
			break
		}
		if i < len(d.example) && detectorRank(d.example[i].Level) > rankNone {
			n++
		}
	}
	return n
}
