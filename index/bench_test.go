package index_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// benchQuestions are realistic questions, asked in turn.
var benchQuestions = []string{
	"knots in my back",
	"does massage help with a slipped disc",
	"why do i feel so good after a massage",
	"massge increase circulaton",
	"i sit at a desk all day and slouch, is that why my back hurts",
	"should i see my GP or a physio",
	"how long does the relief from a massage last",
	"what exercises and stretches help lower back pain",
	"<@123456789012345678> can stress make back pain worse?",
	"is it worth paying for a qualified massage therapist",
	"my back has been sore for weeks and is getting worse",
	"what's the best mattress for back pain",
}

// searchLoop is the timed part of a search benchmark: the questions in turn.
func searchLoop(b *testing.B, ix *index.Index) {
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := ix.Search(ctx, benchQuestions[i%len(benchQuestions)], 3); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func BenchmarkSearchDefault(b *testing.B) {
	ix := newIndex(b, mustDefault(b), index.Options{})
	searchLoop(b, ix)
}

func BenchmarkBuildDefault(b *testing.B) {
	k := mustDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		ix, err := index.New(k, index.Options{})
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkReopenDefault is a start with an index directory that is up to
// date: open and check, no build.
func BenchmarkReopenDefault(b *testing.B) {
	k := mustDefault(b)
	opts := index.Options{Dir: filepath.Join(b.TempDir(), "index")}
	ix, err := index.New(k, opts)
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	b.ReportAllocs()
	for b.Loop() {
		reopen(b, k, opts)
	}
}

// reopen opens the index kept in opts.Dir, which must be reused, not
// rebuilt, and closes it.
func reopen(b *testing.B, k *knowledge.Knowledge, opts index.Options) {
	ix, err := index.New(k, opts)
	if err != nil {
		b.Fatal(err)
	}
	if ix.Rebuilt {
		b.Fatal("index rebuilt; want it reused")
	}
	ix.Close()
}

// BenchmarkSearch100k searches a synthetic knowledge of 100,000 passages
// and reports what building it cost. It takes minutes, so it runs only
// with BACKPAINBOT_BENCH_LARGE=1:
//
//	BACKPAINBOT_BENCH_LARGE=1 go test -run XXX -bench Search100k -benchmem ./index
func BenchmarkSearch100k(b *testing.B) {
	if os.Getenv("BACKPAINBOT_BENCH_LARGE") != "1" {
		b.Skip("set BACKPAINBOT_BENCH_LARGE=1 to build a 100,000-passage index")
	}
	dir := b.TempDir()
	writeSynthetic(b, dir, 100, 10, 100) // 100 articles × 10 sections × 100 passages

	// Heap figures are differences: with -count, what an earlier run
	// leaves for the collector must not count.
	base := heapInUse()
	start := time.Now()
	k, err := knowledge.LoadPath(dir)
	if err != nil {
		b.Fatal(err)
	}
	load := time.Since(start)
	before := heapInUse()

	start = time.Now()
	ix := newIndex(b, k, index.Options{})
	build := time.Since(start)
	after := heapInUse()

	searchLoop(b, ix)
	// After the loop: b.Loop's first call resets user metrics.
	b.ReportMetric(load.Seconds(), "load-s")
	b.ReportMetric(build.Seconds(), "build-s")
	b.ReportMetric((after-base)/1e6, "heap-MB")    // knowledge and index
	b.ReportMetric((after-before)/1e6, "index-MB") // the index alone
	b.ReportMetric(float64(len(k.Passages())), "passages")
}

// BenchmarkReopen100k times what a start with an up-to-date index of
// 100,000 passages on disk costs: checking its checksums alone ("verify"),
// and the whole reuse, checksums included ("reopen"). Files are read from
// the page cache, warm from the build; a cold start also reads disk-MB from
// the disk. It builds the index first, which takes minutes, so it runs only
// with BACKPAINBOT_BENCH_LARGE=1:
//
//	BACKPAINBOT_BENCH_LARGE=1 go test -run '^$' -bench Reopen100k -count 5 -timeout 60m ./index
func BenchmarkReopen100k(b *testing.B) {
	if os.Getenv("BACKPAINBOT_BENCH_LARGE") != "1" {
		b.Skip("set BACKPAINBOT_BENCH_LARGE=1 to build a 100,000-passage index")
	}
	src := b.TempDir()
	writeSynthetic(b, src, 100, 10, 100)
	k, err := knowledge.LoadPath(src)
	if err != nil {
		b.Fatal(err)
	}
	opts := index.Options{Dir: filepath.Join(b.TempDir(), "index")}
	start := time.Now()
	ix, err := index.New(k, opts)
	if err != nil {
		b.Fatal(err)
	}
	build := time.Since(start)
	ix.Close()
	var bytes int64
	filepath.Walk(opts.Dir, func(_ string, info os.FileInfo, err error) error {
		if err == nil && info.Mode().IsRegular() {
			bytes += info.Size()
		}
		return err
	})
	b.Run("verify", func(b *testing.B) {
		b.SetBytes(bytes)
		for b.Loop() {
			if err := index.VerifyChecksums(opts.Dir); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(bytes)/1e6, "disk-MB")
	})
	b.Run("reopen", func(b *testing.B) {
		for b.Loop() {
			reopen(b, k, opts)
		}
		b.ReportMetric(build.Seconds(), "build-s")
	})
}

func heapInUse() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapInuse)
}

// writeSynthetic writes articles × sections × passages passages as YAML
// files in dir. Their words follow a Zipf distribution over made-up words,
// with one word in seven from the back-pain vocabulary of the real
// article, so that real questions match many passages, as they would in a
// large knowledge about backs.
func writeSynthetic(tb testing.TB, dir string, articles, sections, passages int) {
	tb.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	made := madeUpWords(r, 20000)
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(made)-1))
	domain := strings.Fields(`back pain massage muscle muscles tense knot knotted relax
		relaxation blood flow circulation endorphins mood stress tension posture slouch
		desk exercise stretching stretch yoga physio doctor therapist skill relief
		temporary sessions herniated disc spine spinal stenosis inflammation healing
		nerves calm sleep lifting neck shoulder hip sciatica chronic acute ache sore
		stiff strain sprain core strength walking heat ice painkillers diagnosis`)
	word := func() string {
		if r.IntN(7) == 0 {
			return domain[r.IntN(len(domain))]
		}
		return made[zipf.Uint64()]
	}
	words := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	for a := range articles {
		var y strings.Builder
		fmt.Fprintf(&y, "article:\n  id: a%03d\n  title: Article %d\n  source: Synthetic\n  sections:\n", a, a)
		for s := range sections {
			fmt.Fprintf(&y, "    - slug: a%03d-s%02d\n      title: %s\n      summary: %s.\n      passages:\n", a, s, words(3), words(20))
			for p := range passages {
				fmt.Fprintf(&y, "        - id: p%03d-%02d-%03d\n          title: %s\n          text: %s.\n", a, s, p, words(4), words(60))
			}
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.yaml", a)), []byte(y.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// madeUpWords returns n distinct pronounceable lowercase words.
func madeUpWords(r *rand.Rand, n int) []string {
	const cons, vows = "bcdfghjklmnprstvwz", "aeiou"
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var w strings.Builder
		for range 2 + r.IntN(3) {
			w.WriteByte(cons[r.IntN(len(cons))])
			w.WriteByte(vows[r.IntN(len(vows))])
		}
		if s := w.String(); !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
