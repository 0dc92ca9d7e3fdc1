package bot

import "github.com/backpainbot/backpainbot/knowledge"

// Policy decides whether a search result answers the question. Raw engine
// scores mean nothing across questions, so it decides on evidence that
// does: how much of what the question is about the top passage covers,
// weighed by how much each word tells passages apart.
type Policy struct {
	// MinEvidence is the least total weight of the question's words that the
	// top passage must contain. A word in every passage ("back", "pain",
	// "massage") weighs about 0.3, a word in one passage about 2.3 (idf over
	// the 14 default passages), so one specific word, or several
	// moderately specific ones, pass and "what mattress is best for back
	// pain" does not.
	MinEvidence float64
	// MinCoverage is the share of the question's total word weight that,
	// covered by the top passage, is enough on its own: a short question
	// made of the article's common words ("massage worth it?") is in scope,
	// while one whose main word the knowledge lacks ("how much does a
	// massage cost") is not. Long stories full of unrelated words rely on
	// MinEvidence instead.
	MinCoverage float64
	// HighEvidence and HighMargin mark a confident answer: strong evidence
	// and a clear lead over the runner-up.
	HighEvidence float64
	HighMargin   float64
}

// DefaultPolicy was calibrated on the labelled questions in
// ../shared/eval/dev.jsonl and testdata/questions.jsonl (see the README's
// "Answer quality" for the figures and how to rerun them).
var DefaultPolicy = Policy{
	MinEvidence:  1.7,
	MinCoverage:  0.25,
	HighEvidence: 3.0,
	HighMargin:   0.3,
}

// Evidence is what the policy looks at, exposed for evaluation.
type Evidence struct {
	Matched  float64 // weight of the question's words the top passage has
	Total    float64 // weight of all the question's words
	Coverage float64 // Matched / Total
	Margin   float64 // (top score - second score) / top score
	// Specific is the weight of the most telling word the top passage
	// matched: below GenericWeight, the question is about the article's
	// subject in general, not about any one passage.
	Specific float64
}

// GenericWeight is the weight under which a word is in most passages of
// the default knowledge ("back", "pain", "massage", "help": about 0.3).
const GenericWeight = 0.6

// Decision is the policy's verdict on one search result.
type Decision struct {
	Answer     bool
	Confidence string
	Evidence   Evidence
}

// Measure computes the evidence of a search result.
func Measure(res knowledge.Result) Evidence {
	var e Evidence
	for _, t := range res.Terms {
		e.Total += res.Weight[t]
	}
	if len(res.Matches) == 0 {
		return e
	}
	top := res.Matches[0]
	for _, t := range top.Matched {
		e.Matched += res.Weight[t]
		e.Specific = max(e.Specific, res.Weight[t])
	}
	if e.Total > 0 {
		e.Coverage = e.Matched / e.Total
	}
	if top.Score > 0 {
		e.Margin = 1
		if len(res.Matches) > 1 {
			e.Margin = (top.Score - res.Matches[1].Score) / top.Score
		}
	}
	return e
}

// Decide says whether to answer with the top match, and how confidently.
func (p Policy) Decide(res knowledge.Result) Decision {
	e := Measure(res)
	d := Decision{Evidence: e}
	if len(res.Matches) == 0 {
		return d
	}
	if e.Matched < p.MinEvidence && e.Coverage < p.MinCoverage {
		return d
	}
	d.Answer = true
	switch {
	case e.Matched >= p.HighEvidence && e.Margin >= p.HighMargin:
		d.Confidence = knowledge.ConfidenceHigh
	case e.Matched >= p.MinEvidence && e.Coverage >= p.MinCoverage:
		d.Confidence = knowledge.ConfidenceMedium
	default:
		d.Confidence = knowledge.ConfidenceLow
	}
	return d
}

// Related reports whether a lower match is worth offering next to the
// answer: it must hold real evidence of its own.
func (p Policy) Related(res knowledge.Result, m knowledge.Match) bool {
	var w float64
	for _, t := range m.Matched {
		w += res.Weight[t]
	}
	return w >= p.MinEvidence
}
