package knowledge

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Validating a safety rules file: every rule, phrase and wording checked,
// errors with the file and line.

// safetyValidator builds SafetyRules from the parsed YAML, checking as it
// goes.
type safetyValidator struct {
	file    string
	root    *yaml.Node
	classes map[string]bool
}

func (v *safetyValidator) errorf(line int, format string, args ...any) error {
	return fmt.Errorf("knowledge: %s: %s", where(v.file, line), fmt.Sprintf(format, args...))
}

func (v *safetyValidator) line(p ...any) int { return lineOf(v.root, p...) }

// bare111 finds "111" not preceded by a service name: it is the emergency
// number in New Zealand and a non-emergency line in the UK, so printed alone
// it sends someone to the wrong place (../shared/SAFETY.md §2).
var bare111 = regexp.MustCompile(`(?i)(^|[^0-9a-z])(nhs\s+)?111([^0-9]|$)`)

func hasBare111(s string) bool {
	for _, m := range bare111.FindAllStringSubmatch(s, -1) {
		if m[2] == "" {
			return true
		}
	}
	return false
}

func (v *safetyValidator) build(y *safetyYAML) (*SafetyRules, error) {
	if y.Version != safetyVersion {
		return nil, v.errorf(v.line("version"), "version is %d, want %d", y.Version, safetyVersion)
	}
	r := &SafetyRules{File: v.file}
	for _, stage := range []func(*safetyYAML, *SafetyRules) error{v.lexicon, v.patterns, v.rules, v.wording} {
		if err := stage(y, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// lexicon checks the plain word lists and the classes, which every phrase
// list after them may use.
func (v *safetyValidator) lexicon(y *safetyYAML, r *SafetyRules) error {
	for i, g := range y.Words {
		if len(g) < 2 {
			return v.errorf(v.line("words", i), "words group %d: needs a word and at least one variant", i+1)
		}
		for _, p := range g {
			if err := v.plain(p, fmt.Sprintf("words group %d", i+1)); err != nil {
				return err
			}
		}
	}
	r.Words = y.Words
	for _, l := range []struct {
		name string
		in   []Phrase
		out  *[]Phrase
	}{
		{"exact", y.Exact, &r.Exact},
		{"typos", y.Typos, &r.Typos},
		{"known_words", y.KnownWords, &r.KnownWords},
		{"fillers", y.Fillers, &r.Fillers},
		{"particles", y.Particles, &r.Particles},
		{"people.first_person", y.People.FirstPerson, &r.FirstPerson},
		{"people.third_party", y.People.ThirdParty, &r.ThirdParty},
		{"scope_breakers", y.ScopeBreakers, &r.Breakers},
		{"negation.inherent", y.Negation.Inherent, &r.Inherent},
	} {
		for _, p := range l.in {
			if err := v.plain(p, l.name); err != nil {
				return err
			}
		}
		*l.out = l.in
	}
	v.classes = map[string]bool{}
	for _, c := range y.Classes {
		if !idPattern.MatchString(c.Name) {
			return v.errorf(c.Line, "class %q: name must be lowercase letters, digits and dashes", c.Name)
		}
		if len(c.Members) == 0 {
			return v.errorf(c.Line, "class %q: no words", c.Name)
		}
		for _, p := range c.Members {
			if err := v.plain(p, fmt.Sprintf("class %q", c.Name)); err != nil {
				return err
			}
		}
		v.classes[c.Name] = true
	}
	r.Classes = y.Classes
	return nil
}

// patterns checks the phrase lists, which may use classes.
func (v *safetyValidator) patterns(y *safetyYAML, r *SafetyRules) error {
	for _, l := range []struct {
		name  string
		in    []Phrase
		out   *[]Phrase
		empty bool // may the list be empty?
	}{
		{"negation.before", y.Negation.Before, &r.NegationBefore, false},
		{"negation.after", y.Negation.After, &r.NegationAfter, true},
		{"negation.pseudo", y.Negation.Pseudo, &r.Pseudo, true},
		{"hypothetical", y.Hypothetical, &r.Hypothetical, true},
		{"longstanding", y.Longstanding, &r.Longstanding, true},
		{"recent", y.Recent, &r.Recent, true},
		{"retractions", y.Retractions, &r.Retractions, true},
		{"insist", y.Insist, &r.Insist, true},
		{"not_mine", y.NotMine, &r.NotMine, true},
		{"stories", y.Stories, &r.Stories, true},
		{"passed", y.Passed, &r.Passed, true},
		{"denials", y.Denials, &r.Denials, true},
		{"recovered", y.Recovered, &r.Recovered, true},
		{"crisis", y.Crisis, &r.Crisis, false},
		{"figures", y.Figures, &r.Figures, true},
		{"dose", y.Dose, &r.Dose, false},
		{"diagnosis", y.Diagnosis, &r.Diagnosis, false},
		{"signs", y.Signs, &r.Signs, false},
	} {
		if len(l.in) == 0 && !l.empty {
			return v.errorf(v.line(strings.Split(l.name, ".")[0]), "%s: no phrases", l.name)
		}
		for _, p := range l.in {
			if err := v.pattern(p, l.name); err != nil {
				return err
			}
		}
		*l.out = l.in
	}
	if len(r.Breakers) == 0 {
		return v.errorf(v.line("scope_breakers"), "scope_breakers: no words; a negation needs an end (\"but\")")
	}
	return nil
}

// rules checks the red flags, the signals and the combinations of them.
func (v *safetyValidator) rules(y *safetyYAML, r *SafetyRules) error {
	if len(y.RedFlags) == 0 {
		return v.errorf(v.line("red_flags"), "red_flags: no rules")
	}
	ids := map[string]int{} // id -> line, across red flags and signals
	for _, set := range []struct {
		kind  string
		rules []RedFlag
	}{{"rule", y.RedFlags}, {"signal", y.Signals}} {
		for _, rf := range set.rules {
			if err := v.redFlag(set.kind, rf, ids); err != nil {
				return err
			}
		}
	}
	r.RedFlags, r.Signals = y.RedFlags, y.Signals
	combos := map[string]bool{}
	for _, c := range y.Combinations {
		if err := v.combination(c, ids, combos); err != nil {
			return err
		}
	}
	r.Combinations = y.Combinations
	for i := range r.RedFlags {
		r.RedFlags[i].Why = clean(r.RedFlags[i].Why)
	}
	for i := range r.Combinations {
		r.Combinations[i].Why = clean(r.Combinations[i].Why)
	}
	return nil
}

// combination checks one combination against the rule and signal ids and
// the combinations before it.
func (v *safetyValidator) combination(c Combination, ids map[string]int, combos map[string]bool) error {
	if !idPattern.MatchString(c.ID) {
		return v.errorf(c.Line, "combination %q: id must be lowercase letters, digits and dashes, at most 32", c.ID)
	}
	if _, dup := ids[c.ID]; dup || combos[c.ID] {
		return v.errorf(c.Line, "combination %q: duplicate id", c.ID)
	}
	combos[c.ID] = true
	if !validLevel(c.Level) {
		return v.errorf(c.Line, "combination %q: level %q, want emergency, same-day or soon", c.ID, c.Level)
	}
	if strings.TrimSpace(c.Why) == "" {
		return v.errorf(c.Line, "combination %q: empty why", c.ID)
	}
	if len(c.All) < 2 {
		return v.errorf(c.Line, "combination %q: all needs at least two rule or signal ids", c.ID)
	}
	for _, id := range c.All {
		if _, ok := ids[id]; !ok {
			return v.errorf(c.Line, "combination %q: unknown rule or signal %q", c.ID, id)
		}
	}
	return nil
}

// wording checks the advice texts the replies are made of.
func (v *safetyValidator) wording(y *safetyYAML, r *SafetyRules) error {
	w := y.Wording
	for _, t := range []struct {
		key  string
		text string
	}{
		{"emergency", w.Emergency}, {"emergency_third_party", w.EmergencyThirdParty},
		{"same_day", w.SameDay}, {"same_day_third_party", w.SameDayThirdParty},
		{"soon", w.Soon}, {"soon_third_party", w.SoonThirdParty},
		{"crisis", w.Crisis}, {"crisis_third_party", w.CrisisThirdParty},
		{"dose", w.Dose}, {"diagnosis", w.Diagnosis}, {"signs", w.Signs}, {"figure", w.Figure},
	} {
		line := v.line("wording", t.key)
		if line == 0 {
			line = v.line("wording")
		}
		if strings.TrimSpace(t.text) == "" {
			return v.errorf(line, "wording %q is empty", t.key)
		}
		if hasBare111(t.text) {
			return v.errorf(line, "wording %q: a bare \"111\" means different things in different countries; name the service (\"NHS 111 in the UK\")", t.key)
		}
	}
	r.Wording = SafetyWording{
		Emergency: clean(w.Emergency), EmergencyThirdParty: clean(w.EmergencyThirdParty),
		SameDay: clean(w.SameDay), SameDayThirdParty: clean(w.SameDayThirdParty),
		Soon: clean(w.Soon), SoonThirdParty: clean(w.SoonThirdParty),
		Crisis: clean(w.Crisis), CrisisThirdParty: clean(w.CrisisThirdParty),
		Dose: clean(w.Dose), Diagnosis: clean(w.Diagnosis), Signs: clean(w.Signs), Figure: clean(w.Figure),
	}
	return nil
}

func validLevel(l string) bool {
	return l == LevelEmergency || l == LevelSameDay || l == LevelSoon
}

// clean trims each line and drops trailing spaces, keeping line breaks:
// wording may be a list, one item a line.
func clean(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, "\n")
}

func (v *safetyValidator) redFlag(kind string, rf RedFlag, ids map[string]int) error {
	if strings.TrimSpace(rf.ID) == "" {
		return v.errorf(rf.Line, "%s: empty id", kind)
	}
	if !idPattern.MatchString(rf.ID) {
		return v.errorf(rf.Line, "%s %q: id must be lowercase letters, digits and dashes, at most 32", kind, rf.ID)
	}
	if prev, dup := ids[rf.ID]; dup {
		return v.errorf(rf.Line, "%s %q: duplicate id (also at line %d)", kind, rf.ID, prev)
	}
	ids[rf.ID] = rf.Line
	if kind == "rule" {
		if !validLevel(rf.Level) {
			return v.errorf(rf.Line, "rule %q: level %q, want emergency, same-day or soon", rf.ID, rf.Level)
		}
		if strings.TrimSpace(rf.Why) == "" {
			return v.errorf(rf.Line, "rule %q: empty why", rf.ID)
		}
		if rf.YieldsToCrisis && rf.Level != LevelEmergency {
			return v.errorf(rf.Line, "rule %q: yields_to_crisis on a %s rule: only an emergency's advice gives way to the crisis reply (a crisis already outranks the others)", rf.ID, rf.Level)
		}
	} else if rf.Level != "" || rf.Why != "" || rf.YieldsToCrisis {
		return v.errorf(rf.Line, "signal %q: a signal has no level, why or yields_to_crisis; make it a rule or use it in a combination", rf.ID)
	}
	if len(rf.Phrases) == 0 {
		return v.errorf(rf.Line, "%s %q: empty phrases", kind, rf.ID)
	}
	if rf.MinMatches < 0 || rf.MinMatches > len(rf.Phrases) {
		return v.errorf(rf.Line, "%s %q: min_matches %d, want 0 to %d", kind, rf.ID, rf.MinMatches, len(rf.Phrases))
	}
	for _, l := range []struct {
		name string
		ps   []Phrase
	}{{"phrase", rf.Phrases}, {"unless", rf.Unless}, {"with", rf.With}} {
		for i, p := range l.ps {
			if err := v.pattern(p, fmt.Sprintf("%s %q: %s %d", kind, rf.ID, l.name, i+1)); err != nil {
				return err
			}
		}
	}
	return nil
}

// plain checks an item of a word list: non-empty, no phrase syntax.
func (v *safetyValidator) plain(p Phrase, item string) error {
	t := strings.TrimSpace(p.Text)
	if t == "" {
		return v.errorf(p.Line, "%s: empty phrase", item)
	}
	if strings.ContainsAny(t, "@|$") || strings.Contains(t, "...") || slices.Contains(strings.Fields(t), "+") {
		return v.errorf(p.Line, "%s: %q: @, |, ..., + and $ work in phrases only, not in word lists", item, t)
	}
	return nil
}

// except checks an except slot, field i of a phrase: "!" and then words
// and @classes between |, never first (a phrase starts with a word), and
// never after "..." (the slot is always the very next word: a wide gap
// before it would be ignored).
func (v *safetyValidator) except(fields []string, i int) error {
	f := fields[i]
	if i == 0 {
		return fmt.Errorf("a phrase cannot start with %s (any word but those)", f)
	}
	if fields[i-1] == "..." {
		return fmt.Errorf("%s is the very next word: write + before it, not a wide gap", f)
	}
	for _, alt := range strings.Split(f[1:], "|") {
		switch {
		case alt == "" || strings.ContainsAny(alt, "!$") || strings.Contains(alt, "..."):
			return fmt.Errorf("empty or odd word %q in %q", alt, f)
		case strings.HasPrefix(alt, "@") && !v.classes[alt[1:]]:
			return fmt.Errorf("unknown class %q", alt)
		}
	}
	return nil
}

// pattern checks a phrase: words, @class, a|b alternatives, !a|@class
// (any word but those), ... and + between two words, and $ at the end.
func (v *safetyValidator) pattern(p Phrase, item string) error {
	t := strings.TrimSpace(p.Text)
	if t == "" {
		return v.errorf(p.Line, "%s: empty phrase", item)
	}
	fields := strings.Fields(t)
	gap := func(f string) bool { return f == "..." || f == "+" }
	for i, f := range fields {
		switch {
		case gap(f):
			if i == 0 || i == len(fields)-1 || gap(fields[i-1]) || fields[i+1] == "$" {
				return v.errorf(p.Line, "%s: %q: %s goes between two words", item, t, f)
			}
		case f == "$":
			if i != len(fields)-1 || i == 0 {
				return v.errorf(p.Line, "%s: %q: $ (end of the clause) goes last, after a word", item, t)
			}
		case strings.Contains(f, "..."):
			return v.errorf(p.Line, "%s: %q: write ... as a word of its own", item, t)
		case strings.Contains(f, "$"):
			return v.errorf(p.Line, "%s: %q: write $ as a word of its own, at the end", item, t)
		case strings.HasPrefix(f, "!"):
			if err := v.except(fields, i); err != nil {
				return v.errorf(p.Line, "%s: %q: %v", item, t, err)
			}
		case strings.HasPrefix(f, "@"):
			if !v.classes[f[1:]] {
				return v.errorf(p.Line, "%s: %q: unknown class %q", item, t, f)
			}
		case strings.Contains(f, "|"):
			for _, alt := range strings.Split(f, "|") {
				if alt == "" || strings.HasPrefix(alt, "@") {
					return v.errorf(p.Line, "%s: %q: empty or @ alternative in %q", item, t, f)
				}
			}
		case strings.Contains(f, "@"):
			return v.errorf(p.Line, "%s: %q: @ starts a class name", item, t)
		}
	}
	return nil
}
