// Package safety is backpainbot's safety check (../shared/SAFETY.md): it
// reads every question before any search for red flags, crisis, questions
// about medicines or a diagnosis, and figures of speech, and says what the
// reply must be.
//
// The rules are data (knowledge.SafetyRules); this package is the matching,
// one file per stage: tokenize.go (normalising and splitting a message),
// lexicon.go (the rules' vocabulary, with variants, inflections and typos),
// compile.go (turning the rules into phrases to match), read.go (reading one
// message: its words, who they describe, and the cues), match.go (matching
// the phrases on its words), context.go (what the
// cues around a match say: negated, hypothetical, a story, passed, old, about
// whom), judge.go (deciding what each match means), and safety.go (the
// verdict, over the message and the one before it). It is pure: no I/O, no clock, no mutable state.
//
// It imports only the standard library and package knowledge.
package safety
