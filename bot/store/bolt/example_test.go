package bolt_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/bot/store/bolt"
)

func Example() {
	dir, err := os.MkdirTemp("", "backpainbot-example-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	s, err := bolt.Open(dir) // in a real bot: store.DefaultDataDir or --data-dir
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()

	// A UK server's admin sets the local numbers.
	err = s.SaveSettings(ctx, "1234", store.Settings{EmergencyNumber: "999", CrisisLine: "Samaritans 116 123"})
	if err != nil {
		log.Fatal(err)
	}
	set, _ := s.Settings(ctx, "1234")
	fmt.Printf("emergency %s, crisis line %s, private answers set: %v\n", set.EmergencyNumber, set.CrisisLine, set.Private != nil)

	// A member asks twice within the cooldown.
	for range 2 {
		first, _ := s.Claim(ctx, "cooldown/1234/5678", 30*time.Second)
		fmt.Println("answer:", first)
	}
	// Output:
	// emergency 999, crisis line Samaritans 116 123, private answers set: false
	// answer: true
	// answer: false
}
