package index

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"sync"
)

// words.txt.gz lists about 40,000 common English words of four letters or
// more, so that a real word the knowledge lacks ("fell", "lost") is not
// "corrected" into one it has ("feel", "last"). It is the union of SCOWL's
// small American and British lists (Debian packages wamerican-small and
// wbritish-small; licence in words.LICENSE), made with:
//
//	cat /usr/share/dict/american-english-small /usr/share/dict/british-english-small |
//		grep -E '^[a-z]{4,}$' | sort -u | gzip -9 -n > words.txt.gz
//
//go:embed words.txt.gz
var wordsGz []byte

// englishWords is read once, on first use, and never changed.
var englishWords = sync.OnceValue(func() map[string]struct{} {
	zr, err := gzip.NewReader(bytes.NewReader(wordsGz))
	if err != nil {
		panic("index: embedded word list: " + err.Error()) // a build defect, caught by every test
	}
	m := make(map[string]struct{}, 41000)
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		m[sc.Text()] = struct{}{}
	}
	if sc.Err() != nil || len(m) < 10000 {
		panic("index: embedded word list is damaged")
	}
	return m
})

// isEnglish reports whether w (lowercase) is a common English word.
func isEnglish(w string) bool {
	_, ok := englishWords()[w]
	return ok
}
