package safety

import (
	"reflect"
	"testing"

	"github.com/backpainbot/backpainbot/knowledge"
)

// memoryCache is a DetectorCache in a map, counting what it is asked.
type memoryCache struct {
	data          map[string][]byte
	hits, stores  int
	lastStoredKey string
}

func (c *memoryCache) Load(key string) ([]byte, bool) {
	b, ok := c.data[key]
	if ok {
		c.hits++
	}
	return b, ok
}

func (c *memoryCache) Store(key string, data []byte) {
	if c.data == nil {
		c.data = map[string][]byte{}
	}
	c.data[key], c.lastStoredKey = data, key
	c.stores++
}

// A detector read back from the cache decides every message as the one
// that was trained; a change to the examples trains a new one, and a
// cache entry that cannot be read is trained over.
func TestDetectorCache(t *testing.T) {
	t.Parallel() // tens of seconds under -race: run beside the other tests
	all, ordinary, err := defaultCorpus()
	if err != nil {
		t.Fatal(err)
	}
	// Every ninth example, to train quickly: the test trains four times,
	// and with every third it was 53 s of the package's time under -race.
	const every = 9
	var examples []knowledge.SafetyExample
	for i := 0; i < len(all); i += every {
		examples = append(examples, all[i])
	}
	cache := &memoryCache{}
	trained, err := NewDetector(examples, ordinary, DetectorOptions{Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	if cache.stores != 1 || cache.hits != 0 {
		t.Fatalf("first start: %d stores, %d hits; want the trained detector stored", cache.stores, cache.hits)
	}
	loaded, err := NewDetector(examples, ordinary, DetectorOptions{Cache: cache})
	if err != nil {
		t.Fatal(err)
	}
	if cache.hits != 1 || cache.stores != 1 {
		t.Fatalf("second start: %d stores, %d hits; want it read back, not trained", cache.stores, cache.hits)
	}
	if loaded.cut != trained.cut {
		t.Errorf("thresholds read back %+v, want %+v", loaded.cut, trained.cut)
	}
	// Read back, it holds the model that was trained, weights, vocabulary
	// and all; and it decides as the trained one on examples neither
	// trained on (a sample: every such example through both, with their
	// nearest examples, was most of the package's time under -race).
	if !reflect.DeepEqual(trained.model, loaded.model) {
		t.Fatal("the model read back differs from the one trained")
	}
	for i := 1; i < len(all); i += 15 {
		if i%every == 0 {
			continue // only examples it did not train on
		}
		text := joined(all[i])
		a, b := trained.Read(text), loaded.Read(text)
		ca, cb := a, b
		if trained.confirm(text, &ca) != loaded.confirm(text, &cb) || a.Level != b.Level || a.P != b.P || ca.Nearest != cb.Nearest {
			t.Fatalf("%q: trained %+v, read back %+v", text, ca, cb)
		}
	}

	changed := append([]knowledge.SafetyExample{{Text: "my legs both went numb an hour ago", Level: knowledge.LevelEmergency, Flag: "both-legs", File: "x.yaml", Line: 1}}, examples...)
	if _, err := NewDetector(changed, ordinary, DetectorOptions{Cache: cache}); err != nil {
		t.Fatal(err)
	}
	if cache.stores != 2 || cache.hits != 1 {
		t.Errorf("after a change to the examples: %d stores, %d hits; want a new detector trained and stored", cache.stores, cache.hits)
	}

	cache.data[cache.lastStoredKey] = []byte("not a detector")
	if _, err := NewDetector(changed, ordinary, DetectorOptions{Cache: cache}); err != nil {
		t.Fatal(err)
	}
	if cache.stores != 3 {
		t.Errorf("over an entry that cannot be read: %d stores; want it trained and stored again", cache.stores)
	}
}
