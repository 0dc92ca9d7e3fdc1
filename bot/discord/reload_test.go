package discord

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/live"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// After a reload adds a section, /topic's autocomplete offers it: the
// handler follows the knowledge the live answerer holds now.
func TestAutocompleteFollowsAReload(t *testing.T) {
	a := live.New(live.Version{Answerer: testAnswerer(t), ID: "before"})
	h := NewHandler(a, Config{})
	first := func(id string) string {
		i := loadInteraction(t, "interaction_autocomplete.json")
		i.ID = id // a new interaction, not a delivery of the same one again
		r := h.Interaction(context.Background(), i)
		if r.Interaction == nil || len(r.Interaction.Data.Choices) == 0 {
			t.Fatalf("autocomplete \"postu\" = %+v; want choices", r.Interaction)
		}
		return r.Interaction.Data.Choices[0].Value.(string)
	}
	if got := first("1300000000000000101"); got != "complementary" {
		t.Fatalf("before the reload, autocomplete \"postu\" offers %q first; want complementary", got)
	}

	path := filepath.Join(t.TempDir(), "postures.yaml")
	yaml := `article:
  id: postures
  title: Postures
  source: A leaflet
  sections:
    - slug: postures
      title: Postures at work
      summary: How you sit and stand at work.
      passages:
        - id: desk
          title: At the desk
          text: Sit with your feet flat on the floor and your back supported.
`
	if err := os.WriteFile(path, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	k, err := knowledge.LoadPath(path)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	a.Swap(live.Version{Answerer: bot.NewAnswerer(k, ix), ID: "after", LoadedAt: time.Now(), Release: func() { ix.Close() }})
	defer a.Close()
	if got := first("1300000000000000102"); got != "postures" {
		t.Errorf("after the reload, autocomplete \"postu\" offers %q first; want the new section, postures", got)
	}
}
