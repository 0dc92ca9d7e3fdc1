package knowledge

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Local is what a server's admins may set for the urgent and crisis
// wording: the emergency number and the crisis line of the country most of
// its members live in. The zero Local keeps the region-neutral wording of
// the safety rules (SAFETY.md §2 and §3), which is the default.
type Local struct {
	// EmergencyNumber is the number to call in an emergency, e.g. "999".
	EmergencyNumber string
	// CrisisLine is a helpline for people thinking about suicide or
	// self-harm, e.g. "Samaritans 116 123".
	CrisisLine string
}

// Limits on what admins may set, in characters: a number with a few words
// around it ("112, or 999 from a mobile"), and a helpline's name with its
// number or address. Longer text belongs in the safety rules file.
const (
	MaxEmergencyNumber = 40
	MaxCrisisLine      = 100
)

// Check returns an error saying what to fix if l cannot be put into a
// safety reply: text that is too long, spans lines, or holds Discord markup
// (mentions, masked links, formatting), an emergency number without a
// digit, or words about doses or methods, which a crisis reply must never
// contain (SAFETY.md §3). Errors are sentences for the admin who typed it.
func (l Local) Check() error {
	if err := checkLocalText("emergency number", l.EmergencyNumber, MaxEmergencyNumber); err != nil {
		return err
	}
	if l.EmergencyNumber != "" && !strings.ContainsFunc(l.EmergencyNumber, unicode.IsDigit) {
		return fmt.Errorf("emergency number %q has no digits: give the number to call, like 999 or 112", l.EmergencyNumber)
	}
	return checkLocalText("crisis line", l.CrisisLine, MaxCrisisLine)
}

// localForbidden are characters that Discord reads as markup or that could
// make a number look like something else: mentions (<@1>, @everyone),
// formatting (*, _, ~, `, |), masked links ([a](b)), quotes and headings
// (> and #), and escapes.
const localForbidden = "<>@*_~`|[]\\#{}"

// localDanger finds words about doses or methods. Admins are trusted, but
// this text goes into the crisis reply, which must never carry them.
var localDanger = regexp.MustCompile(`(?i)\b(?:mg|mcg|ml|milligrams?|doses?|dosage|overdos\w*|pills?|tablets?|lethal|fatal|deadly|hang\w*|jump\w*|cut\w*|how to|how many|how much|method\w*)\b`)

func checkLocalText(what, s string, max int) error {
	switch {
	case s == "":
		return nil
	case !utf8.ValidString(s):
		return fmt.Errorf("%s is not valid text", what)
	case strings.TrimSpace(s) != s:
		return fmt.Errorf("%s %q starts or ends with spaces: remove them", what, s)
	case utf8.RuneCountInString(s) > max:
		return fmt.Errorf("%s is %d characters long: keep it to %d, like \"Samaritans 116 123\"", what, utf8.RuneCountInString(s), max)
	case strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' }):
		return fmt.Errorf("%s must be one line of text", what)
	case strings.ContainsAny(s, localForbidden):
		return fmt.Errorf("%s %q: leave out the characters %s, which Discord reads as formatting or mentions", what, s, localForbidden)
	case localDanger.MatchString(s):
		return fmt.Errorf("%s %q mentions %q: it goes into crisis replies, which never talk about medicines or methods; give only the service's name and number", what, s, localDanger.FindString(s))
	}
	return nil
}

// Localized returns r with l's numbers in its wording. The emergency
// number replaces "your local emergency number" and the example numbers
// after it, keeping "or the emergency number where you are" for members
// elsewhere; a crisis reply gets the crisis line as the first helpline it
// lists. The disclaimer is left as it is, and a field of l that fails
// Check is ignored, so that a bad value from a store never reaches a
// crisis reply. The zero Local returns r unchanged.
func (r Reply) Localized(l Local) Reply {
	if l.EmergencyNumber != "" && (Local{EmergencyNumber: l.EmergencyNumber}).Check() == nil {
		r.Advice = withEmergencyNumber(r.Advice, l.EmergencyNumber, r.needsNumber())
		r.Notice = withEmergencyNumber(r.Notice, l.EmergencyNumber, false)
		r.Lead = withEmergencyNumber(r.Lead, l.EmergencyNumber, false)
	}
	if r.Kind == KindCrisis && l.CrisisLine != "" && (Local{CrisisLine: l.CrisisLine}).Check() == nil {
		r.Advice = withCrisisLine(r.Advice, l.CrisisLine)
	}
	return r
}

// needsNumber reports whether r must name the emergency number even when
// its wording does not say "your local emergency number" (an operator's
// own rules file): the replies that tell someone to call now.
func (r Reply) needsNumber() bool {
	return r.Kind == KindCrisis || (r.Kind == KindUrgent && r.Level == LevelEmergency)
}

// localNumber finds "your local emergency number", "your emergency number"
// and "the local emergency number", with the examples that may follow in
// brackets: "(for example 911 in the US and Canada, 999 in the UK, ...)".
var localNumber = regexp.MustCompile(`(?i)\b(?:your|the|their) (?:local )?emergency number\b(?:\s*\((?:for example|e\.g\.|such as)[^)]*\))?`)

// withEmergencyNumber puts number into text. When text has no phrase to
// replace and must name the number, it gets a sentence of its own at the
// end of its first line, the one that says what to do.
func withEmergencyNumber(text, number string, must bool) string {
	if text == "" {
		return text
	}
	replaced := localNumber.ReplaceAllLiteralString(text, number+" (or the emergency number where you are)")
	if replaced != text || !must {
		return replaced
	}
	first, rest, more := strings.Cut(text, "\n")
	first = strings.TrimSpace(first) + " The emergency number here is " + number + "."
	if more {
		return first + "\n" + rest
	}
	return first
}

// withCrisisLine lists line as the first helpline of crisis advice: before
// the first bullet ("• Find a helpline in your country: ..."). Wording
// without bullets (an operator's own rules file) gets it after the line
// that names the emergency number, immediate danger coming first
// (SAFETY.md §3), or else at the end.
func withCrisisLine(advice, line string) string {
	lines := strings.Split(advice, "\n")
	at, item := -1, "• This server's crisis line: "+line
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "•") {
			at = i
			break
		}
	}
	if at < 0 {
		item = "This server's crisis line: " + line
		at = len(lines)
		for i, l := range lines {
			if strings.Contains(strings.ToLower(l), "emergency number") {
				at = i + 1
				break
			}
		}
	}
	out := append(lines[:at:at], item)
	return strings.Join(append(out, lines[at:]...), "\n")
}
