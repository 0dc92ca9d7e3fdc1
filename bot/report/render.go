package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
	"unicode"
	"unicode/utf8"
)

// Formats lists what Render writes, by name.
var Formats = []string{"text", "json", "csv", "html"}

// Render writes rep in format: text for a terminal, json, csv (one table,
// a section column telling its parts apart) or html (one self-contained
// page with charts).
func Render(w io.Writer, rep *Report, format string) error {
	switch format {
	case "text":
		return renderText(w, rep)
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	case "csv":
		return renderCSV(w, rep)
	case "html":
		return renderHTML(w, rep)
	}
	return fmt.Errorf("report: unknown format %q: want %s", format, strings.Join(Formats, ", "))
}

// maxShownGroups is how many groups text and HTML list: an operator reads
// the largest; json and csv hold every group.
const maxShownGroups = 50

// noneLogged explains an empty list of unanswered questions.
const noneLogged = "None logged (the log is off unless a server's admins turn it on with /settings)."

// maxShownRunes is where a question is cut in text and HTML tables.
const maxShownRunes = 120

// scope describes what rep covers, for headings.
func scope(rep *Report) string {
	who := "every server"
	if rep.Guild != "" {
		who = "server " + rep.Guild
	}
	return fmt.Sprintf("%s, %s to %s (UTC)", who, rep.Since.Format(time.DateOnly), rep.Until.Format(time.DateOnly))
}

// shown is member text made safe to print on one line: control
// characters (terminal escapes, newlines) become spaces, and it is cut at
// maxShownRunes.
func shown(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == utf8.RuneError {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > maxShownRunes {
		s = string([]rune(s)[:maxShownRunes-1]) + "…"
	}
	return s
}

// nearestLabel is a group's nearest passage as a reader sees it.
func nearestLabel(g Group) string {
	switch {
	case g.Nearest == "":
		return "-"
	case g.OutOfScope:
		return fmt.Sprintf("out of scope (nearest: %s %s)", g.Nearest, percent(g.NearestP))
	}
	return fmt.Sprintf("%s %s", g.Nearest, percent(g.NearestP))
}

// percent shows a share as a whole percentage, and a small one as "<1%"
// rather than a misleading 0%.
func percent(f float64) string {
	if f > 0 && f < 0.005 {
		return "<1%"
	}
	return fmt.Sprintf("%.0f%%", 100*f)
}

// passageLabel names a rated passage, saying so when the knowledge no
// longer has it (votes outlive an edit of the article).
func passageLabel(r Rating) string {
	if r.Title == "" {
		return r.Passage + " (no longer in the knowledge)"
	}
	return fmt.Sprintf("%s (%s)", r.Passage, r.Title)
}

func renderText(out io.Writer, rep *Report) error {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(w, "Report for %s\n\n", scope(rep))
	fmt.Fprintf(w, "Unanswered questions: %d in %d groups\n", rep.Unanswered, len(rep.Groups))
	if len(rep.Groups) > 0 {
		fmt.Fprintln(w, "count\tnearest passage\texamples")
	} else {
		fmt.Fprintln(w, noneLogged)
	}
	for i, g := range rep.Groups {
		if i == maxShownGroups {
			fmt.Fprintf(w, "... and %d more groups: --format json or csv lists them all\n", len(rep.Groups)-i)
			break
		}
		ex := make([]string, len(g.Examples))
		for j, e := range g.Examples {
			ex[j] = strconv.Quote(shown(e))
		}
		fmt.Fprintf(w, "%d\t%s\t%s\n", g.Count, nearestLabel(g), strings.Join(ex, " / "))
	}
	fmt.Fprintf(w, "\nLowest-rated passages (at least %d votes): %d\n", rep.MinVotes, len(rep.LowestRated))
	if len(rep.LowestRated) > 0 {
		fmt.Fprintln(w, "helpful\tnot helpful\thelpful share\tpassage")
	}
	for _, r := range rep.LowestRated {
		fmt.Fprintf(w, "%d\t%d\t%s\t%s\n", r.Helpful, r.NotHelpful, percent(r.Share), passageLabel(r))
	}
	fmt.Fprintf(w, "\nAnswers by kind:\n")
	for _, k := range rep.ByKind {
		fmt.Fprintf(w, "%s\t%d\n", k.Kind, k.N)
	}
	if len(rep.ByKind) == 0 {
		fmt.Fprintln(w, "none")
	}
	// A terminal lists only the days with answers; the HTML chart shows
	// the quiet ones too.
	fmt.Fprintf(w, "\nAnswers by day (days without any left out):\n")
	for _, d := range rep.ByDay {
		if d.Total > 0 {
			fmt.Fprintf(w, "%s\t%d\t%s\n", d.Day, d.Total, kindsLine(rep, d))
		}
	}
	return w.Flush()
}

// kindsLine lists one day's counts in the order of rep.ByKind.
func kindsLine(rep *Report, d DayVolume) string {
	var parts []string
	for _, k := range rep.ByKind {
		if n := d.Kinds[k.Kind]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", k.Kind, n))
		}
	}
	return strings.Join(parts, ", ")
}

// csvHeader is the columns of the CSV form; each section fills its own.
var csvHeader = []string{"section", "count", "example_1", "example_2", "nearest_passage", "nearest_probability", "out_of_scope",
	"passage", "title", "helpful", "not_helpful", "helpful_share", "kind", "day"}

func renderCSV(out io.Writer, rep *Report) error {
	w := csv.NewWriter(out)
	row := func(section string, count int, set map[string]string) {
		rec := make([]string, len(csvHeader))
		rec[0], rec[1] = section, strconv.Itoa(count)
		for i, col := range csvHeader {
			if v, ok := set[col]; ok {
				rec[i] = v
			}
		}
		w.Write(rec)
	}
	w.Write(csvHeader)
	for _, g := range rep.Groups {
		set := map[string]string{"nearest_passage": g.Nearest, "nearest_probability": strconv.FormatFloat(g.NearestP, 'f', 3, 64),
			"out_of_scope": strconv.FormatBool(g.OutOfScope)}
		for i, e := range g.Examples {
			set[fmt.Sprintf("example_%d", i+1)] = csvSafe(e)
		}
		row("unanswered", g.Count, set)
	}
	for _, r := range rep.LowestRated {
		row("lowest_rated", r.Helpful+r.NotHelpful, map[string]string{"passage": r.Passage, "title": r.Title,
			"helpful": strconv.Itoa(r.Helpful), "not_helpful": strconv.Itoa(r.NotHelpful), "helpful_share": strconv.FormatFloat(r.Share, 'f', 3, 64)})
	}
	for _, k := range rep.ByKind {
		row("by_kind", k.N, map[string]string{"kind": k.Kind})
	}
	for _, d := range rep.ByDay {
		for _, k := range rep.ByKind {
			if n := d.Kinds[k.Kind]; n > 0 {
				row("by_day", n, map[string]string{"kind": k.Kind, "day": d.Day})
			}
		}
	}
	w.Flush()
	return w.Error()
}

// csvSafe keeps a spreadsheet from reading member text as a formula
// (CSV injection): a cell starting with = + - @ or a tab gets a leading
// apostrophe, which spreadsheets show as text.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
