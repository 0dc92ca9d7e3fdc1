package bot_test

import (
	"context"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/knowledge"
)

// ukServer is a server whose admins set the UK's numbers.
var ukServer = knowledge.Local{EmergencyNumber: "999", CrisisLine: "Samaritans 116 123"}

// localQuestions are the questions whose replies name emergency numbers or
// helplines.
var localQuestions = []struct{ name, q string }{
	{"emergency", "my back hurts and I suddenly can't control my bladder"},
	{"emergency, third party", "my dad can't feel his legs and his back hurts"},
	{"same-day", "back pain with a fever, would a massage help my tight muscles?"},
	{"crisis", "my back pain is so bad I don't want to live anymore"},
	{"crisis, third party", "my friend says she wants to kill herself"},
	{"signs", "what are the signs of cauda equina?"},
}

// The urgent and crisis text as a server with no numbers set and a UK
// server read it, as a golden file: the default is the region-neutral
// wording of SAFETY.md, word for word.
func TestLocalRepliesGolden(t *testing.T) {
	a := newAnswerer(t)
	var b strings.Builder
	for _, tt := range localQuestions {
		r := a.Answer(context.Background(), bot.Question{Text: tt.q})
		for _, server := range []struct {
			name  string
			local knowledge.Local
		}{{"default", knowledge.Local{}}, {"UK server", ukServer}} {
			b.WriteString("=== " + tt.name + " (" + string(r.Kind) + "), " + server.name + "\n")
			b.WriteString(bot.Render(r.Localized(server.local)).Content + "\n\n")
		}
	}
	const golden = "testdata/local.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run LocalRepliesGolden -update ./bot/ to create it)", err)
	}
	if diff := cmp.Diff(string(want), b.String()); diff != "" {
		t.Errorf("posted text differs from %s (-want +got; rerun with -update if intended):\n%s", golden, diff)
	}
}

// The default knowledge's replies are the same with a zero Local as without
// one: a server that sets nothing reads what every server read before.
func TestLocalDefaultUnchanged(t *testing.T) {
	a := newAnswerer(t)
	for name, r := range everyReply(t, a) {
		if got, want := bot.Render(r.Localized(knowledge.Local{})), bot.Render(r); !cmp.Equal(got, want) {
			t.Errorf("%s: Render(Localized(zero)) differs from Render: %s", name, cmp.Diff(want, got))
		}
	}
}

// doseOrMethod finds what a crisis reply must never say (SAFETY.md §3).
var doseOrMethod = regexp.MustCompile(`(?i)\b(?:mg|mcg|ml|milligrams?|doses?|dosage|overdos\w*|pills?|tablets?|lethal|fatal|deadly|hang\w*|jump\w*|cut\w*|method\w*|how many|how much)\b`)

// checkLocalized asserts what a localized urgent or crisis reply keeps: the
// disclaimer and Discord's limits (checkMessage), the number to call, and
// no dose or method in a crisis reply.
func checkLocalized(t *testing.T, what string, r knowledge.Reply, l knowledge.Local, disclaimer string) {
	t.Helper()
	m := bot.Render(r.Localized(l))
	checkMessage(t, what, m, disclaimer)
	if r.Kind != knowledge.KindCrisis {
		return
	}
	if w := doseOrMethod.FindString(m.Content); w != "" {
		t.Errorf("%s: crisis reply with %+v says %q:\n%s", what, l, w, m.Content)
	}
	if l.Check() == nil && l.EmergencyNumber != "" && !strings.Contains(m.Content, l.EmergencyNumber) {
		t.Errorf("%s: crisis reply with %+v lacks the emergency number:\n%s", what, l, m.Content)
	}
}

func TestLocalKeepsDisclaimerAndNoDose(t *testing.T) {
	a := newAnswerer(t)
	d := a.Knowledge().Disclaimer
	for _, tt := range localQuestions {
		r := a.Answer(context.Background(), bot.Question{Text: tt.q})
		for _, l := range []knowledge.Local{{}, ukServer, {EmergencyNumber: "112"}, {CrisisLine: "Tele-MANAS 14416"}} {
			checkLocalized(t, tt.name, r, l, d)
		}
	}
}

// Whatever admins type, a localized reply keeps the disclaimer, fits
// Discord's limits, and a crisis reply names no dose or method.
func FuzzLocalized(f *testing.F) {
	for _, l := range []knowledge.Local{ukServer, {EmergencyNumber: "911", CrisisLine: "988"}, {EmergencyNumber: "@everyone", CrisisLine: "take 30 pills"},
		{EmergencyNumber: strings.Repeat("9", 200), CrisisLine: strings.Repeat("é", 300)}, {CrisisLine: "116 123\n# how many"}} {
		f.Add(l.EmergencyNumber, l.CrisisLine)
	}
	a := newAnswerer(f)
	d := a.Knowledge().Disclaimer
	var replies []knowledge.Reply
	for _, tt := range localQuestions {
		replies = append(replies, a.Answer(context.Background(), bot.Question{Text: tt.q}))
	}
	f.Fuzz(func(t *testing.T, number, line string) {
		l := knowledge.Local{EmergencyNumber: number, CrisisLine: line}
		for _, r := range replies {
			checkLocalized(t, string(r.Kind), r, l, d)
		}
	})
}
