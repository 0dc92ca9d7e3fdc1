package bot_test

import (
	"context"
	"fmt"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/index"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The core API: load the knowledge, index it, answer, render.
func ExampleAnswerer_Answer() {
	k, err := knowledge.Default()
	if err != nil {
		panic(err)
	}
	ix, err := index.New(k, index.Options{})
	if err != nil {
		panic(err)
	}
	defer ix.Close()
	a := bot.NewAnswerer(k, ix)

	r := a.Answer(context.Background(), bot.Question{Text: "will a massage get rid of the knots in my back?"})
	fmt.Println(r.Kind, r.Passage.Title)
	m := bot.Render(r)
	fmt.Println(m.Footer == k.Disclaimer)

	r = a.Answer(context.Background(), bot.Question{Text: "what's the best pizza topping?"})
	fmt.Println(r.Kind, r.Reason)
	// Output:
	// answer Muscle Relaxation
	// true
	// abstain out-of-scope
}
