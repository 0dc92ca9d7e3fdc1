package safety

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// BenchmarkSafetyCheck measures one question with a previous message, the
// way the answering code calls it: the rules and the learned detector. It
// reports the 99th percentile too (target: under 0.5 ms).
func BenchmarkSafetyCheck(b *testing.B) {
	s := productSafety(b)
	msgs := []struct{ text, previous string }{
		{"does massage actually help lower back pain or is it a scam", "my upper back is so tight from gaming all day, any tips?"},
		{"no numbness or bladder problems, just a sore back from moving house. will massage help?", ""},
		{"cant pee since yesterday and my back is agony", "hey"},
		{"my dad can't feel his legs after his massage", ""},
		{"and now it's getting worse, will massage help?", "both my legs went numb this morning"},
		{"how many mg of ibuprofen can I take, and is it a slipped disc?", ""},
		{"this pain is killing me lol what stretches help with sciattica and numbess", "what are the signs of cauda equina?"},
	}
	b.ReportAllocs()
	took := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		m := msgs[i%len(msgs)]
		start := time.Now()
		s.Check(m.text, m.previous)
		took = append(took, time.Since(start))
	}
	reportP99(b, took)
}

// reportP99 reports the 99th percentile of the calls' durations.
func reportP99(b *testing.B, took []time.Duration) {
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkSafetyCheckLong: a message and a previous message at the input
// cap (16 KiB each), ordinary words.
func BenchmarkSafetyCheckLong(b *testing.B) {
	s := productSafety(b)
	text := atCap("my lower back has been aching after long shifts and I wonder whether massage helps. ")
	b.ReportAllocs()
	took := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		s.Check(text, text)
		took = append(took, time.Since(start))
	}
	reportP99(b, took)
}

// BenchmarkSafetyCheckWorst: the worst case found at the cap, two 16 KiB
// messages dense with symptom, negation and crisis words in one endless
// clause, so that every phrase anchors everywhere and every wide gap is
// tried.
func BenchmarkSafetyCheckWorst(b *testing.B) {
	s := safetyForTest(b)
	text := atCap("no numb legs both cant feel pee bum wipe go on take all pills when pain night every wake ")
	prev := atCap("i cant go on not been able to pee numb bum both legs dead fell over osteoporosis 80 year old ")
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		s.Check(text, prev)
	}
}

// atCap repeats a sentence up to the input cap.
func atCap(sentence string) string {
	return strings.Repeat(sentence, maxInputBytes/len(sentence)+1)[:maxInputBytes]
}

// BenchmarkNewSafety: compiling the shipped rules, done once at start-up.
func BenchmarkNewSafety(b *testing.B) {
	r := safetyRulesForTest(b)
	b.ReportAllocs()
	for range b.N {
		if _, err := New(r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSafetyCheckOneLong: one message at the input cap (16 KiB), as
// the answering code checks it, with nothing carried from before (target:
// p99 under 5 ms).
func BenchmarkSafetyCheckOneLong(b *testing.B) {
	s := productSafety(b)
	text := atCap("my lower back has been aching after long shifts and I wonder whether massage helps. ")
	b.ReportAllocs()
	took := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		s.CheckAfter(text, Memory{})
		took = append(took, time.Since(start))
	}
	reportP99(b, took)
}
