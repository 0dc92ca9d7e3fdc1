package knowledge

import (
	_ "embed"
	"fmt"

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
	// Insist say that a figure of speech was meant ("I mean it", "not
	// joking"): a crisis phrase inside a figure ("this pain makes me want to
	// die") is then a crisis, in the same message or the next, and "not
	// joking" retracts nothing.
	Insist []Phrase
	// NotMine say that the red flags a message names are not the writer's
	// ("I don't have it", "never had it myself", "asking in general"): one
	// named in a clause about nobody in particular is then a question about
	// warning signs ("does numbness in both legs mean A&E? I don't have
	// it"), while "I can't feel my legs" still alarms.
	NotMine []Phrase
	// Stories mark a sentence as telling a story the writer saw, heard or
	// read (a TV drama, the news, a video): a red flag in it is not the
	// writer's ("watched 24 Hours in A&E, a lad couldn't feel his legs").
	// Crisis phrases are read as ever.
	Stories []Phrase
	// Passed mark a numbness or weakness as one that came and went ("it went
	// away as soon as I stood up", "all back to normal now"): a transient
	// rule does not fire on a symptom with one in its sentence or the next.
	Passed []Phrase
	// Denials answer no to a list of red flags asked about ("the GP asked
	// about numbness down there or trouble peeing, and I said no to both"):
	// a red flag before one in its sentence, or in the sentence before one
	// that opens with it ("I have none of these"), is denied.
	Denials []Phrase
	// Recovered mark a crisis as over ("I'm in a good place now", "got
	// help"): a crisis phrase told as past (a Longstanding cue in its
	// sentence) in a message with one of these, and no Recent cue outside
	// them, is history, not a crisis.
	Recovered   []Phrase
	FirstPerson []Phrase // words for the writer ("i", "my")
	ThirdParty  []Phrase // words for someone else ("my dad", "he")

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
	// is in the same sentence ("numb bum from cycling", "my bum went numb
	// on the drive, fine again once I got out").
	Unless []Phrase `yaml:"unless"`
	// With, if set, lists phrases of which one must also be in the message,
	// about the same person ("had cancer" needs back pain).
	With []Phrase `yaml:"with"`
	// NewOnly drops a match in a sentence that says the symptom is old
	// (Longstanding) unless its clause also says it is new (Recent).
	NewOnly bool `yaml:"new_only"`
	// Transient drops a match with a Passed cue in its sentence or the next
	// (a numb bum that went away when the writer stood up).
	Transient bool `yaml:"transient"`
	// BesideBack marks a red flag only beside back pain in the same person
	// (a fever, a kidney infection): a match about someone else is dropped
	// when the only back pain in the message is the writer's ("my son has
	// a fever, my back hurts from carrying him").
	BesideBack bool `yaml:"beside_back"`
	// YieldsToCrisis lets a crisis the detector is fairly sure of replace
	// this rule's emergency advice with the crisis reply, where other
	// rules need it very sure: for a rule whose words are as often the
	// story of an old accident, or a joke about a height, told beside a
	// goodbye ("since he fell from the scaffold two years ago ... 'if I
	// was gone you would have less trouble'").
	YieldsToCrisis bool `yaml:"yields_to_crisis"`
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
	Insist        []Phrase `yaml:"insist"`
	NotMine       []Phrase `yaml:"not_mine"`
	Stories       []Phrase `yaml:"stories"`
	Passed        []Phrase `yaml:"passed"`
	Denials       []Phrase `yaml:"denials"`
	Recovered     []Phrase `yaml:"recovered"`
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
	var y safetyYAML
	root, err := decodeStrict(name, data, &y, "a safety rules file")
	if err != nil {
		return nil, err
	}
	for i := range y.RedFlags {
		y.RedFlags[i].Line = lineOf(root, "red_flags", i)
	}
	for i := range y.Signals {
		y.Signals[i].Line = lineOf(root, "signals", i)
	}
	for i := range y.Combinations {
		y.Combinations[i].Line = lineOf(root, "combinations", i)
	}
	v := safetyValidator{file: name, root: root}
	return v.build(&y)
}
