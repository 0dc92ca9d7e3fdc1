package knowledge

// Kind says what sort of reply the bot gives. Front ends branch on it for
// presentation only (colour, ephemeral); the text comes from one formatter.
type Kind string

// The reply kinds. Their string values appear in `ask --json` output.
const (
	KindAnswer   Kind = "answer"   // the most relevant passage, verbatim
	KindAbstain  Kind = "abstain"  // an honest "I don't know" or "I can't"
	KindUrgent   Kind = "urgent"   // a red flag: what to do comes first
	KindCrisis   Kind = "crisis"   // self-harm or suicide: crisis help only
	KindSigns    Kind = "signs"    // the warning signs to know, asked for information
	KindTopics   Kind = "topics"   // the list of topics
	KindTopic    Kind = "topic"    // one topic's summary
	KindHelp     Kind = "help"     // what the bot is and is not
	KindChat     Kind = "chat"     // small talk (a greeting, thanks): what the bot can do
	KindCooldown Kind = "cooldown" // asked too soon; try again shortly
	KindError    Kind = "error"    // something went wrong on our side
	KindSettings Kind = "settings" // a server's settings, shown to its admins
	KindAlert    Kind = "alert"    // a moderator alert: who got a crisis or emergency reply, where
	KindFeedback Kind = "feedback" // thanks for a vote, /forget's count, /stats: shown only to the member
)

// Confidence bands of an answer, from the answering policy's evidence.
const (
	ConfidenceHigh   = "high"
	ConfidenceMedium = "medium"
	ConfidenceLow    = "low"
)

// Reasons for an abstain reply.
const (
	ReasonOutOfScope = "out-of-scope"
	ReasonDose       = "dose"
	ReasonDiagnosis  = "diagnosis"
	ReasonAmbiguous  = "ambiguous" // between passages: the reply offers them as choices
)

// Urgency levels, most urgent first.
const (
	LevelEmergency = "emergency"
	LevelSameDay   = "same-day"
	LevelSoon      = "soon"
)

// Reply is the decision the answering code makes about one message. It holds
// no rendered text: one formatter turns every Reply into what is posted, and
// appends the disclaimer there, so no path can forget it.
type Reply struct {
	Kind Kind

	// Answer: the passage, how sure we are, and up to three related passages.
	Passage    *Passage
	Confidence string
	Related    []*Passage

	// Abstain: why. Topics lists what the bot can talk about. Suggestions
	// are the passages the question may mean when it is ambiguous between
	// them ("Did you mean ...?"). Chat: Reason is the kind of small talk
	// (LabelGreeting or LabelThanks).
	Reason      string
	Topics      []*Section
	Suggestions []*Passage

	// Topic: the section whose summary is shown.
	Topic *Section

	// Urgent: the level and the advice, which comes before anything else.
	// Advice is the urgent wording; Why is the one line on why.
	Level  string
	Advice string
	Why    string
	// Basis says what an urgent, crisis or signs verdict rests on (the
	// rule, or the learned detector with its nearest training example), for
	// logs and audits; it is never posted.
	Basis string

	// RunnersUp are the ids of the passages the answering ranked nearest
	// to a question it could not answer (out-of-scope or ambiguous), best
	// first: what a server that keeps the unanswered-questions log keeps
	// beside the question. Never posted.
	RunnersUp []string

	// Notice is a short fixed sentence for cooldown, error, abstain reasons
	// other than out-of-scope, and the soft check-in for figures of speech.
	Notice string

	// Lead is the opening line of an abstain or a topics list.
	Lead string

	// Disclaimer is appended to the rendered reply. The formatter falls back
	// to DefaultDisclaimer if it is empty, so a reply built anywhere still
	// carries one.
	Disclaimer string
}

// DefaultDisclaimer is the disclaimer used when a Reply carries none. It is
// the text of ../shared/SAFETY.md §1 and matches the embedded knowledge.
const DefaultDisclaimer = "General information from an article, not medical advice. I can't diagnose or advise on medicines. Please consult a healthcare professional; in an emergency call your local emergency number."
