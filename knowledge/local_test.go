package knowledge_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/backpainbot/backpainbot/knowledge"
)

func TestLocalCheck(t *testing.T) {
	tests := []struct {
		name    string
		l       knowledge.Local
		wantErr string // a part of the error; "" for none
	}{
		{"zero", knowledge.Local{}, ""},
		{"UK", knowledge.Local{EmergencyNumber: "999", CrisisLine: "Samaritans 116 123"}, ""},
		{"US", knowledge.Local{EmergencyNumber: "911", CrisisLine: "988 Suicide & Crisis Lifeline (call or text 988)"}, ""},
		{"India", knowledge.Local{EmergencyNumber: "112", CrisisLine: "Tele-MANAS 14416"}, ""},
		{"a number in words", knowledge.Local{EmergencyNumber: "112, or 999 from a UK mobile"}, ""},
		{"a link", knowledge.Local{CrisisLine: "https://www.samaritans.org/how-we-can-help/"}, ""},
		{"a method", knowledge.Local{CrisisLine: "116 123, or how to end it"}, `mentions "how to"`},
		{"a plain link", knowledge.Local{CrisisLine: "https://www.lifeline.org.au 13 11 14"}, ""},
		{"non-Latin", knowledge.Local{EmergencyNumber: "119", CrisisLine: "いのちの電話 0570-783-556"}, ""},
		{"no digits", knowledge.Local{EmergencyNumber: "ambulance"}, "has no digits"},
		{"too long", knowledge.Local{CrisisLine: strings.Repeat("1", knowledge.MaxCrisisLine+1)}, "keep it to 100"},
		{"number too long", knowledge.Local{EmergencyNumber: strings.Repeat("9", knowledge.MaxEmergencyNumber+1)}, "keep it to 40"},
		{"two lines", knowledge.Local{CrisisLine: "Samaritans\n116 123"}, "one line"},
		{"spaces around", knowledge.Local{EmergencyNumber: " 999"}, "remove them"},
		{"mention", knowledge.Local{CrisisLine: "@everyone 116 123"}, "formatting or mentions"},
		{"user mention", knowledge.Local{CrisisLine: "<@123> 116 123"}, "formatting or mentions"},
		{"masked link", knowledge.Local{CrisisLine: "[Samaritans](https://example.com) 116 123"}, "formatting or mentions"},
		{"bold", knowledge.Local{EmergencyNumber: "**999**"}, "formatting or mentions"},
		{"a dose", knowledge.Local{CrisisLine: "116 123, or take 2 pills"}, `mentions "pills"`},
		{"a unit", knowledge.Local{CrisisLine: "116 123 500mg"}, ""}, // "500mg" is no word "mg": harmless digits
		{"a unit apart", knowledge.Local{CrisisLine: "116 123 500 mg"}, `mentions "mg"`},
		{"invalid UTF-8", knowledge.Local{CrisisLine: "116 \xff"}, "not valid text"},
	}
	for _, tt := range tests {
		err := tt.l.Check()
		switch {
		case tt.wantErr == "" && err != nil:
			t.Errorf("%s: %+v.Check() = %v; want nil", tt.name, tt.l, err)
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("%s: %+v.Check() = %v; want an error containing %q", tt.name, tt.l, err, tt.wantErr)
		}
	}
}

func TestLocalizedDefaultWording(t *testing.T) {
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	w := r.Wording
	uk := knowledge.Local{EmergencyNumber: "999", CrisisLine: "Samaritans 116 123"}
	const examples = "for example 911"
	for _, tt := range []struct {
		name  string
		reply knowledge.Reply
	}{
		{"emergency", knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelEmergency, Advice: w.Emergency}},
		{"emergency, third party", knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelEmergency, Advice: w.EmergencyThirdParty}},
		{"same day", knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelSameDay, Advice: w.SameDay}},
		{"soon", knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelSoon, Advice: w.Soon}},
		{"crisis", knowledge.Reply{Kind: knowledge.KindCrisis, Advice: w.Crisis}},
		{"crisis, third party", knowledge.Reply{Kind: knowledge.KindCrisis, Advice: w.CrisisThirdParty}},
		{"signs", knowledge.Reply{Kind: knowledge.KindSigns, Notice: w.Signs}},
		{"diagnosis", knowledge.Reply{Kind: knowledge.KindAbstain, Notice: w.Diagnosis}},
	} {
		r := tt.reply
		r.Disclaimer = knowledge.DefaultDisclaimer
		if got := r.Localized(knowledge.Local{}); !cmp.Equal(got, r) {
			t.Errorf("%s: Localized(zero Local) changed the reply: %s", tt.name, cmp.Diff(r, got))
		}
		got := r.Localized(uk)
		text := got.Advice + got.Notice
		if !strings.Contains(text, "999 (or the emergency number where you are)") {
			t.Errorf("%s: Localized(UK) = %q; want it to name 999", tt.name, text)
		}
		if strings.Contains(text, examples) || strings.Contains(text, "your local emergency number") {
			t.Errorf("%s: Localized(UK) = %q; want the region-neutral phrase and its examples replaced", tt.name, text)
		}
		if got.Disclaimer != knowledge.DefaultDisclaimer {
			t.Errorf("%s: Localized(UK).Disclaimer = %q; want it unchanged", tt.name, got.Disclaimer)
		}
		hasLine := strings.Contains(text, "This server's crisis line: Samaritans 116 123")
		if hasLine != (r.Kind == knowledge.KindCrisis) {
			t.Errorf("%s: Localized(UK) names the crisis line: %v; want %v (crisis replies only):\n%s", tt.name, hasLine, r.Kind == knowledge.KindCrisis, text)
		}
	}
}

func TestLocalizedOrder(t *testing.T) {
	// Crisis help keeps its order (SAFETY.md §3): immediate danger first,
	// then the server's line first among the helplines, then the rest.
	r, err := knowledge.DefaultSafetyRules()
	if err != nil {
		t.Fatal(err)
	}
	got := knowledge.Reply{Kind: knowledge.KindCrisis, Advice: r.Wording.Crisis}.
		Localized(knowledge.Local{EmergencyNumber: "999", CrisisLine: "Samaritans 116 123"}).Advice
	order := []string{"call 999", "This server's crisis line", "findahelpline.com", "someone you trust"}
	last := -1
	for _, s := range order {
		i := strings.Index(got, s)
		if i <= last {
			t.Fatalf("crisis advice: %q at %d, after %d; want the order %q:\n%s", s, i, last, order, got)
		}
		last = i
	}
}

// An operator's own wording may lack the phrases Localized looks for: the
// replies that say to call now still name the number, and crisis replies
// still list the line.
func TestLocalizedOperatorWording(t *testing.T) {
	uk := knowledge.Local{EmergencyNumber: "999", CrisisLine: "Samaritans 116 123"}
	tests := []struct {
		name  string
		reply knowledge.Reply
		want  string
	}{
		{"emergency without the phrase",
			knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelEmergency, Advice: "Get help now. Call an ambulance.\nDon't drive."},
			"Get help now. Call an ambulance. The emergency number here is 999.\nDon't drive."},
		{"same day without the phrase is left alone",
			knowledge.Reply{Kind: knowledge.KindUrgent, Level: knowledge.LevelSameDay, Advice: "See a doctor today."},
			"See a doctor today."},
		{"crisis without bullets",
			knowledge.Reply{Kind: knowledge.KindCrisis, Advice: "I'm sorry.\nIf you are in danger, call your emergency number.\nTalk to someone you trust."},
			"I'm sorry.\nIf you are in danger, call 999 (or the emergency number where you are).\nThis server's crisis line: Samaritans 116 123\nTalk to someone you trust."},
		{"crisis without bullets or number",
			knowledge.Reply{Kind: knowledge.KindCrisis, Advice: "I'm sorry.\nTalk to someone you trust."},
			"I'm sorry. The emergency number here is 999.\nThis server's crisis line: Samaritans 116 123\nTalk to someone you trust."},
	}
	for _, tt := range tests {
		if got := tt.reply.Localized(uk).Advice; got != tt.want {
			t.Errorf("%s: Localized(UK).Advice = %q; want %q", tt.name, got, tt.want)
		}
	}
}

// A value that fails Check (say, written into the store by hand) never
// reaches a reply.
func TestLocalizedIgnoresBadValues(t *testing.T) {
	r := knowledge.Reply{Kind: knowledge.KindCrisis, Advice: "Call your local emergency number.\n• Find a helpline: https://findahelpline.com"}
	for _, l := range []knowledge.Local{
		{EmergencyNumber: "<@&123>"},
		{CrisisLine: "take 40 pills"},
		{EmergencyNumber: "no digits", CrisisLine: "two\nlines"},
	} {
		if got := r.Localized(l); got.Advice != r.Advice {
			t.Errorf("Localized(%+v).Advice = %q; want it unchanged", l, got.Advice)
		}
	}
}
