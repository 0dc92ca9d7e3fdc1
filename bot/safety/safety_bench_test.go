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
	timeEach(b, func(i int) {
		m := msgs[i%len(msgs)]
		s.Check(m.text, m.previous)
	})
}

// timeEach runs call b.N times, timing each call, and reports the 99th
// percentile of their durations beside the mean.
func timeEach(b *testing.B, call func(i int)) {
	b.ReportAllocs()
	took := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		call(i)
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "p99-µs")
}

// BenchmarkSafetyCheckLong: a message and a previous message at the input
// cap (16 KiB each), ordinary words.
func BenchmarkSafetyCheckLong(b *testing.B) {
	s := productSafety(b)
	text := atCap("my lower back has been aching after long shifts and I wonder whether massage helps. ")
	timeEach(b, func(int) { s.Check(text, text) })
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
	timeEach(b, func(int) { s.CheckAfter(text, Memory{}) })
}
