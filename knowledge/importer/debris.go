package importer

import (
	"regexp"
	"strings"
)

// social names the sites share buttons link to.
const social = `(facebook|twitter|x|linkedin|pinterest|whatsapp|reddit|instagram|email|threads|bluesky|telegram)`

// debris matches a whole block that is page furniture, not the article:
// what a copy of a web page brings along. Each pattern must match the
// block's entire text (case-insensitive), so that a sentence of the article
// that merely mentions cookies or sharing is kept.
var debris = func() []*regexp.Regexp {
	patterns := []string{
		// Page edges and navigation a copied page starts and ends with
		// ("top of page", "bottom of page" in the seed article).
		`(top|bottom|back to top|end) of (the )?page`,
		`(skip|jump) to (main )?(content|navigation|recipe)`,
		`(home|menu|search|blog|about( us)?|contact( us)?|log ?in|sign ?(in|up)|subscribe|more|all posts|recent posts|related posts|popular posts|read more|continue reading|previous( post)?|next( post)?|back)`,
		`(home|blog)( [›»>/|] .*)+`, // breadcrumbs: "Home › Blog › Back pain"
		// View, like and comment counters: "23 views0 comments".
		`\d+ views? ?\d* comments?`,
		`\d+ (views?|likes?|comments?|shares?)`,
		`(leave|post|write) a (comment|reply)|comments?( \(\d+\))?|no comments( yet)?`,
		// Sharing.
		`(share|tweet|pin|email)( (it|this|this post|this article|this page))?( on| via| to)?:?( ?` + social + `[ ,·|/]*)*`,
		`(` + social + `[ ,·|/]*)+`,
		// Cookie and consent notices.
		`.*\b(we|this (site|website)) uses? cookies\b.*`,
		`(accept|reject|allow|manage|decline)( all)?( cookies)?|cookie (policy|settings|preferences)`,
		// Bylines and dates: "By Jane Doe", "Updated 3 May 2024", "5 min read".
		`(by|written by|posted by|author:?) [\p{Lu}][\p{L}.'-]*( [\p{Lu}][\p{L}.'-]*){0,3}( [|·•,-] .*)?`,
		`((published|updated|posted|last updated)( on)?:? )?(\d{1,2} )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}?,? ?\d{4}( [|·•-] .*)?`,
		`((published|updated|posted|last updated)( on)?:? )?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}`,
		`\d+ min(ute)?s? read`,
		// Sign-up boxes and copyright lines.
		`(subscribe|sign up)( (to|for) (our|the|my) (newsletter|blog|mailing list|updates))?[.!]?`,
		`(©|\(c\)|copyright) .*`,
		`(tags|categories|filed under|posted in):? .*`,
	}
	out := make([]*regexp.Regexp, len(patterns))
	for i, p := range patterns {
		out[i] = regexp.MustCompile(`(?i)^(?:` + p + `)$`)
	}
	return out
}()

// isDebris reports whether a block's text is page furniture.
func isDebris(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" {
		return true
	}
	for _, re := range debris {
		if re.MatchString(t) {
			return true
		}
	}
	return false
}
