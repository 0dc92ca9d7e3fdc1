package knowledge

// Result is what a search engine found for one question: the evidence the
// answering policy decides on. Scores are comparable within one Result only.
type Result struct {
	Matches []Match

	// Terms are the question's content terms after analysis (stemmed, stop
	// words removed, phrases rewritten to their synonym, typos corrected).
	Terms []string
	// Weight gives each of Terms its informativeness in the knowledge, from
	// 0 (in every passage) up; terms the knowledge lacks have the highest.
	Weight map[string]float64
	// Unknown lists the Terms found nowhere in the knowledge, not even
	// through a synonym or a spelling correction.
	Unknown []string
	// Corrected maps a misspelt term to the knowledge's term it was read as.
	Corrected map[string]string
}

// Match is one passage found for a question.
type Match struct {
	Passage *Passage
	Score   float64
	// Matched lists the question terms (of Result.Terms) the passage
	// contains, directly or through a synonym.
	Matched []string
}
