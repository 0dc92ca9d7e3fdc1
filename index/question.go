package index

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/backpainbot/backpainbot/knowledge"
)

// analyzeQuestion turns a question into terms: cut, markup stripped,
// analysed like the passages, phrases rewritten, typos corrected.
func (ix *Index) analyzeQuestion(question string) knowledge.Result {
	text := clean(question)
	res := knowledge.Result{Weight: map[string]float64{}}
	if text == "" {
		return res
	}
	stems := ix.stem.Analyze([]byte(text))
	surface := ix.surf.Analyze([]byte(text))
	byPos := make(map[int]string, len(surface))
	for _, t := range surface {
		byPos[t.Position] = string(t.Term)
	}
	terms := make([]string, 0, len(stems))
	words := make([]string, 0, len(stems))
	for _, t := range stems {
		terms = append(terms, string(t.Term))
		words = append(words, byPos[t.Position])
	}
	// Phrases first, so that a synonym with a filler word in it ("keep
	// up", "feel good hormones") is still recognised; then the filler goes.
	terms, words = ix.vocab.rewritePhrases(terms, words)
	kept := 0
	for i := range terms {
		if !fillerWords[words[i]] {
			terms[kept], words[kept] = terms[i], words[i]
			kept++
		}
	}
	terms, words = terms[:kept], words[:kept]

	seen := map[string]bool{}
	for i, t := range terms {
		if !ix.vocab.known(t) {
			if c := ix.correct(words[i]); c != "" && c != t {
				if res.Corrected == nil {
					res.Corrected = map[string]string{}
				}
				res.Corrected[t] = c
				t = c
			}
		}
		if seen[t] || len(res.Terms) >= maxQueryTerms {
			continue
		}
		if !ix.vocab.known(t) && isFillerTypo(words[i]) {
			// "wil", "cn", "hw": a short misspelt filler word, which counted
			// as an unknown word would outweigh what the question is about.
			continue
		}
		seen[t] = true
		res.Terms = append(res.Terms, t)
		res.Weight[t] = ix.vocab.weight(t)
		if !ix.vocab.known(t) {
			res.Unknown = append(res.Unknown, t)
		}
	}
	return res
}

// clean cuts the question at MaxQuestionRunes, drops invalid UTF-8, NULs and
// Discord markup (mentions, custom emoji, channel links), which carry no
// meaning for search, and splits words joined by a full stop or a colon.
func clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if utf8.RuneCountInString(s) > MaxQuestionRunes {
		s = string([]rune(s)[:MaxQuestionRunes])
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if s[i] == '<' {
			if j := strings.IndexByte(s[i:], '>'); j > 0 && j < 80 && knowledge.IsChatMarkup(s[i+1:i+j]) {
				b.WriteByte(' ')
				i += j + 1
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case 0:
			r = ' '
		case '.', ':', '．', '：':
			// Unicode word segmentation keeps "pain.does" and
			// "pain:massage" as one word, and chat often skips the space
			// after a full stop or colon; no word of ours contains them.
			r = ' '
		}
		b.WriteRune(r)
		i += size
	}
	// @everyone and @here are pings, not words.
	out := strings.NewReplacer("@everyone", " ", "@here", " ").Replace(b.String())
	return strings.TrimSpace(out)
}

// correct returns the knowledge's stemmed term for a misspelt word, or "".
// It only runs on words the knowledge does not contain, so it never changes
// a word that already matches: typo tolerance without losing precision.
func (ix *Index) correct(word string) string {
	if utf8.RuneCountInString(word) < minCorrectLen || isEnglish(word) {
		return "" // a real word is what the person meant, even if we lack it
	}
	best, bestDist, bestDF := "", math.MaxInt, -1
	for _, w := range ix.vocab.surface {
		if w[0] != word[0] { // people rarely mistype the first letter
			continue
		}
		max := maxEdits(word)
		if d := abs(len(w) - len(word)); d > max {
			continue
		}
		d := knowledge.EditDistance(word, w, max)
		if d > max {
			continue
		}
		st := ix.stemOf(w)
		if st == "" {
			continue
		}
		if df := ix.vocab.df[st]; d < bestDist || (d == bestDist && df > bestDF) {
			best, bestDist, bestDF = st, d, df
		}
	}
	return best
}

// Typo tolerance: words shorter than minCorrectLen are left alone (too many
// short words are one edit apart); longer words may be two edits off.
const (
	minCorrectLen = 4
	twoEditLen    = 8
)

func maxEdits(word string) int {
	if utf8.RuneCountInString(word) >= twoEditLen {
		return 2
	}
	return 1
}

func (ix *Index) stemOf(word string) string {
	ts := ix.stem.Analyze([]byte(word))
	if len(ts) != 1 {
		return ""
	}
	return string(ts[0].Term)
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
