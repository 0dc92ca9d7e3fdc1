package knowledge_test

import (
	"fmt"

	"github.com/backpainbot/backpainbot/knowledge"
)

func ExampleDefault() {
	k, err := knowledge.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(k.Passages()), "passages in", len(k.Sections()), "sections")
	fmt.Println("first section:", k.Sections()[0].Title)
	p := k.Passage("posture")
	fmt.Printf("%s (%s): %s\n", p.Title, p.Section.Slug, p.Text)
	// Output:
	// 14 passages in 6 sections
	// first section: Introduction
	// Posture Correction (complementary): Addressing poor posture habits can prevent further strain on the back muscles and help in managing pain.
}
