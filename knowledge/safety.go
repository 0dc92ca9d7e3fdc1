package knowledge

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// The embedded default safety rules (../shared/SAFETY.md): the red flags and
// their levels, the crisis, dose and diagnosis patterns, and the wording of
// every safety reply. Operators replace the whole file with LoadSafetyRules.
//
//go:embed rules/safety.yaml
var defaultSafety []byte

const (
	safetyFile    = "safety.yaml"
	safetyVersion = 1 // bumped when the file's meaning changes incompatibly
)

// SafetyRules are the medical safety rules as data: what people type, how
// urgent it is, and what the bot says. The matching itself is code (package
// bot). A SafetyRules is validated when loaded and not changed afterwards.
type SafetyRules struct {
	File string // where the rules were loaded from, for error messages

	// Words groups spelling variants and synonyms; every word of a group is
	// read as its first word, in user text and in the rules alike. A variant
	// may have several words ("can not", "unable to").
	Words [][]Phrase
	// Exact lists words matched only as written: no inflections and no typo
	// tolerance (one "leg" is not "legs").
	Exact []Phrase
	// Typos lists the words whose misspellings are read as them (the hard
	// words: "sciatica", "incontinent"). Other words must be spelled right.
	Typos []Phrase
	// KnownWords are correctly spelled words that must never be read as a
	// typo or an inflection of another word ("never" is not "fever").
	KnownWords []Phrase
	// Fillers are skipped when matching phrases ("my", "the").
	Fillers []Phrase
	// Particles are short words ("on", "of", "like") that are skipped in
	// user text like fillers, but that a phrase keeps when it is written
	// with one: "cannot go on" needs the "on", so it does not match
	// "can't go to work".
	Particles []Phrase
	// Classes are named word lists, used in phrases as @name.
	Classes []WordClass

	NegationBefore []Phrase // cues before a symptom that negate it ("no", "without")
	NegationAfter  []Phrase // cues after a symptom that negate it ("went away")
	Pseudo         []Phrase // look like negation but are not ("not sure", "no idea")
	Inherent       []Phrase // make a phrase negative in itself ("cannot" in "cannot pee")
	Breakers       []Phrase // end a negation's scope ("but", "though")
	Hypothetical   []Phrase // make a symptom a question about signs ("what if")
	Longstanding   []Phrase // mark a symptom as old and unchanged ("for years")
	Recent         []Phrase // mark a symptom as new, overriding Longstanding
	Retractions    []Phrase // take back the previous message ("jk", "never mind")
	FirstPerson    []Phrase // words for the writer ("i", "my")
	ThirdParty     []Phrase // words for someone else ("my dad", "he")

	RedFlags     []RedFlag     // each with a level
	Signals      []RedFlag     // like red flags but without a level: used only in combinations
	Combinations []Combination // red flags and signals that together mean more

	Crisis    []Phrase // wanting to die, self-harm, overdose
	Figures   []Phrase // figures of speech that sound like a crisis but are not ("killing me")
	Dose      []Phrase // doses and drug choices
	Diagnosis []Phrase // requests for a diagnosis
	Signs     []Phrase // questions about warning signs

	Wording SafetyWording
}

// Phrase is one item of a list in the rules file, with its line for error
// messages. In phrase lists a word may be "@class", "a|b" (alternatives),
// "..." (a wider gap), "+" (no gap: the next word follows directly) or, as
// the last word, "$" (the clause ends there); see rules/safety.yaml.
type Phrase struct {
	Text string
	Line int
}

// UnmarshalYAML records the item's line and insists on a plain string.
func (p *Phrase) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: expected a string", n.Line)
	}
	p.Text, p.Line = n.Value, n.Line
	return nil
}

// WordClass is a named list of words or short phrases.
type WordClass struct {
	Name    string
	Members []Phrase
	Line    int
}

// RedFlag is one red-flag rule: a situation and what people type for it.
type RedFlag struct {
	ID    string `yaml:"id"`
	Level string `yaml:"level"` // LevelEmergency, LevelSameDay or LevelSoon; empty for a signal
	Why   string `yaml:"why"`   // one line on why, shown with the advice

	Phrases []Phrase `yaml:"phrases"`
	// Unless lists benign look-alikes: a match is dropped when one of them
	// is in the same clause ("numb bum from cycling").
	Unless []Phrase `yaml:"unless"`
	// With, if set, lists phrases of which one must also be in the message,
	// about the same person ("had cancer" needs back pain).
	With []Phrase `yaml:"with"`
	// NewOnly drops a match in a sentence that says the symptom is old
	// (Longstanding) unless its clause also says it is new (Recent).
	NewOnly bool `yaml:"new_only"`
	// MinMatches, if above 1, is how many different phrases must match
	// (a pattern of several features).
	MinMatches int `yaml:"min_matches"`

	Line int `yaml:"-"`
}

// Where returns "file:line" of the rule, given the rules' file.
func (r RedFlag) Where(file string) string { return where(file, r.Line) }

// Combination raises the level when all of its red flags and signals are
// present ("history of cancer" with "weakness in one leg").
type Combination struct {
	ID    string   `yaml:"id"`
	Level string   `yaml:"level"`
	Why   string   `yaml:"why"`
	All   []string `yaml:"all"`

	Line int `yaml:"-"`
}

// SafetyWording is the text of every safety reply. Emergency advice names
// example emergency numbers by country and never a bare "111".
type SafetyWording struct {
	Emergency           string `yaml:"emergency"`
	EmergencyThirdParty string `yaml:"emergency_third_party"`
	SameDay             string `yaml:"same_day"`
	SameDayThirdParty   string `yaml:"same_day_third_party"`
	Soon                string `yaml:"soon"`
	SoonThirdParty      string `yaml:"soon_third_party"`
	Crisis              string `yaml:"crisis"`
	CrisisThirdParty    string `yaml:"crisis_third_party"`
	Dose                string `yaml:"dose"`
	Diagnosis           string `yaml:"diagnosis"`
	Signs               string `yaml:"signs"`
	Figure              string `yaml:"figure"`
}

// Advice returns the urgent advice for a level, worded for the writer or
// for someone they describe.
func (w SafetyWording) Advice(level string, thirdParty bool) string {
	switch {
	case level == LevelEmergency && thirdParty:
		return w.EmergencyThirdParty
	case level == LevelEmergency:
		return w.Emergency
	case level == LevelSameDay && thirdParty:
		return w.SameDayThirdParty
	case level == LevelSameDay:
		return w.SameDay
	case level == LevelSoon && thirdParty:
		return w.SoonThirdParty
	case level == LevelSoon:
		return w.Soon
	}
	return ""
}

// DefaultSafetyRules returns the embedded default safety rules.
func DefaultSafetyRules() (*SafetyRules, error) {
	return parseSafety(safetyFile, defaultSafety)
}

// LoadSafetyRules loads an operator's safety rules file, which replaces the
// embedded default whole.
func LoadSafetyRules(path string) (*SafetyRules, error) {
	f, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return parseSafety(f.name, f.data)
}

// The YAML schema. Unknown fields are errors (KnownFields), so a typo in a
// key is reported instead of silently dropping a rule.
type safetyYAML struct {
	Version    int         `yaml:"version"`
	Words      [][]Phrase  `yaml:"words"`
	Exact      []Phrase    `yaml:"exact"`
	Typos      []Phrase    `yaml:"typos"`
	KnownWords []Phrase    `yaml:"known_words"`
	Fillers    []Phrase    `yaml:"fillers"`
	Particles  []Phrase    `yaml:"particles"`
	Classes    classesYAML `yaml:"classes"`
	Negation   struct {
		Before   []Phrase `yaml:"before"`
		After    []Phrase `yaml:"after"`
		Pseudo   []Phrase `yaml:"pseudo"`
		Inherent []Phrase `yaml:"inherent"`
	} `yaml:"negation"`
	ScopeBreakers []Phrase `yaml:"scope_breakers"`
	Hypothetical  []Phrase `yaml:"hypothetical"`
	Longstanding  []Phrase `yaml:"longstanding"`
	Recent        []Phrase `yaml:"recent"`
	Retractions   []Phrase `yaml:"retractions"`
	People        struct {
		FirstPerson []Phrase `yaml:"first_person"`
		ThirdParty  []Phrase `yaml:"third_party"`
	} `yaml:"people"`
	RedFlags     []RedFlag     `yaml:"red_flags"`
	Signals      []RedFlag     `yaml:"signals"`
	Combinations []Combination `yaml:"combinations"`
	Crisis       []Phrase      `yaml:"crisis"`
	Figures      []Phrase      `yaml:"figures"`
	Dose         []Phrase      `yaml:"dose"`
	Diagnosis    []Phrase      `yaml:"diagnosis"`
	Signs        []Phrase      `yaml:"signs"`
	Wording      SafetyWording `yaml:"wording"`
}

type classesYAML []WordClass

func (c *classesYAML) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: classes must map names to lists of words", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if v.Kind != yaml.SequenceNode {
			return fmt.Errorf("line %d: class %q must be a list of words", k.Line, k.Value)
		}
		wc := WordClass{Name: k.Value, Line: k.Line}
		for _, item := range v.Content {
			var p Phrase
			if err := p.UnmarshalYAML(item); err != nil {
				return err
			}
			wc.Members = append(wc.Members, p)
		}
		*c = append(*c, wc)
	}
	return nil
}

func parseSafety(name string, data []byte) (*SafetyRules, error) {
	if err := rejectAliases(name, data); err != nil {
		return nil, err
	}
	var y safetyYAML
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&y); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("knowledge: %s: file is empty", name)
		}
		msg := yamlErr(err)
		if msg != "" && msg[0] >= '0' && msg[0] <= '9' {
			return nil, fmt.Errorf("knowledge: %s:%s", name, msg)
		}
		return nil, fmt.Errorf("knowledge: %s: %s", name, msg)
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err == nil && len(root.Content) > 0 {
		for i := range y.RedFlags {
			y.RedFlags[i].Line = lineOf(root.Content[0], "red_flags", i)
		}
		for i := range y.Signals {
			y.Signals[i].Line = lineOf(root.Content[0], "signals", i)
		}
		for i := range y.Combinations {
			y.Combinations[i].Line = lineOf(root.Content[0], "combinations", i)
		}
		v := safetyValidator{file: name, root: root.Content[0]}
		return v.build(&y)
	}
	return (&safetyValidator{file: name}).build(&y)
}

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

	// Plain word lists first: classes may be used by every phrase list.
	for i, g := range y.Words {
		if len(g) < 2 {
			return nil, v.errorf(v.line("words", i), "words group %d: needs a word and at least one variant", i+1)
		}
		for _, p := range g {
			if err := v.plain(p, fmt.Sprintf("words group %d", i+1)); err != nil {
				return nil, err
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
				return nil, err
			}
		}
		*l.out = l.in
	}
	v.classes = map[string]bool{}
	for _, c := range y.Classes {
		if !idPattern.MatchString(c.Name) {
			return nil, v.errorf(c.Line, "class %q: name must be lowercase letters, digits and dashes", c.Name)
		}
		if len(c.Members) == 0 {
			return nil, v.errorf(c.Line, "class %q: no words", c.Name)
		}
		for _, p := range c.Members {
			if err := v.plain(p, fmt.Sprintf("class %q", c.Name)); err != nil {
				return nil, err
			}
		}
		v.classes[c.Name] = true
	}
	r.Classes = y.Classes

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
		{"crisis", y.Crisis, &r.Crisis, false},
		{"figures", y.Figures, &r.Figures, true},
		{"dose", y.Dose, &r.Dose, false},
		{"diagnosis", y.Diagnosis, &r.Diagnosis, false},
		{"signs", y.Signs, &r.Signs, false},
	} {
		if len(l.in) == 0 && !l.empty {
			return nil, v.errorf(v.line(strings.Split(l.name, ".")[0]), "%s: no phrases", l.name)
		}
		for _, p := range l.in {
			if err := v.pattern(p, l.name); err != nil {
				return nil, err
			}
		}
		*l.out = l.in
	}
	if len(r.Breakers) == 0 {
		return nil, v.errorf(v.line("scope_breakers"), "scope_breakers: no words; a negation needs an end (\"but\")")
	}

	if len(y.RedFlags) == 0 {
		return nil, v.errorf(v.line("red_flags"), "red_flags: no rules")
	}
	ids := map[string]int{} // id -> line, across red flags and signals
	for _, set := range []struct {
		kind  string
		rules []RedFlag
	}{{"rule", y.RedFlags}, {"signal", y.Signals}} {
		for _, rf := range set.rules {
			if err := v.redFlag(set.kind, rf, ids); err != nil {
				return nil, err
			}
		}
	}
	r.RedFlags, r.Signals = y.RedFlags, y.Signals
	combos := map[string]bool{}
	for _, c := range y.Combinations {
		if !idPattern.MatchString(c.ID) {
			return nil, v.errorf(c.Line, "combination %q: id must be lowercase letters, digits and dashes, at most 32", c.ID)
		}
		if _, dup := ids[c.ID]; dup || combos[c.ID] {
			return nil, v.errorf(c.Line, "combination %q: duplicate id", c.ID)
		}
		combos[c.ID] = true
		if !validLevel(c.Level) {
			return nil, v.errorf(c.Line, "combination %q: level %q, want emergency, same-day or soon", c.ID, c.Level)
		}
		if strings.TrimSpace(c.Why) == "" {
			return nil, v.errorf(c.Line, "combination %q: empty why", c.ID)
		}
		if len(c.All) < 2 {
			return nil, v.errorf(c.Line, "combination %q: all needs at least two rule or signal ids", c.ID)
		}
		for _, id := range c.All {
			if _, ok := ids[id]; !ok {
				return nil, v.errorf(c.Line, "combination %q: unknown rule or signal %q", c.ID, id)
			}
		}
	}
	r.Combinations = y.Combinations

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
			return nil, v.errorf(line, "wording %q is empty", t.key)
		}
		if hasBare111(t.text) {
			return nil, v.errorf(line, "wording %q: a bare \"111\" means different things in different countries; name the service (\"NHS 111 in the UK\")", t.key)
		}
	}
	r.Wording = SafetyWording{
		Emergency: clean(w.Emergency), EmergencyThirdParty: clean(w.EmergencyThirdParty),
		SameDay: clean(w.SameDay), SameDayThirdParty: clean(w.SameDayThirdParty),
		Soon: clean(w.Soon), SoonThirdParty: clean(w.SoonThirdParty),
		Crisis: clean(w.Crisis), CrisisThirdParty: clean(w.CrisisThirdParty),
		Dose: clean(w.Dose), Diagnosis: clean(w.Diagnosis), Signs: clean(w.Signs), Figure: clean(w.Figure),
	}
	for i := range r.RedFlags {
		r.RedFlags[i].Why = clean(r.RedFlags[i].Why)
	}
	for i := range r.Combinations {
		r.Combinations[i].Why = clean(r.Combinations[i].Why)
	}
	return r, nil
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
	} else if rf.Level != "" || rf.Why != "" {
		return v.errorf(rf.Line, "signal %q: a signal has no level or why; make it a rule or use it in a combination", rf.ID)
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

// pattern checks a phrase: words, @class, a|b alternatives, ... and +
// between two words, and $ at the end.
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
