package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// chromium returns Debian's Chromium, or skips the test when it is missing
// (fails under CI, which installs it: see .ci/run).
func chromium(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("chromium")
	if err == nil {
		return path
	}
	why := "Chromium is not installed (apt-get install chromium); the HTML report is not rendered"
	if os.Getenv("CI") != "" {
		t.Fatal(why)
	}
	t.Skip(why)
	return ""
}

// renderInChromium loads page from a file:// URL in headless Chromium with
// the network cut off, and returns the DOM it built.
func renderInChromium(t *testing.T, page []byte) string {
	t.Helper()
	bin := chromium(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, page, 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin,
		"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
		"--user-data-dir="+filepath.Join(dir, "profile"),
		// No network: every host name fails to resolve and every request
		// goes to a proxy that does not exist.
		"--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=socks5://127.0.0.1:9",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--dump-dom", "file://"+file)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium --dump-dom: %v\n%s", err, stderr.String())
	}
	return stdout.String()
}

// chartBars counts the bars of the chart with id in a DOM.
func chartBars(t *testing.T, dom, id string) int {
	t.Helper()
	start := strings.Index(dom, `<svg id="`+id+`"`)
	if start < 0 {
		t.Fatalf("the rendered page has no <svg id=%q>", id)
	}
	end := strings.Index(dom[start:], "</svg>")
	if end < 0 {
		t.Fatalf("<svg id=%q> is not closed in the rendered page", id)
	}
	return strings.Count(dom[start:start+end], `<rect class="bar"`)
}

func TestHTMLRendersInChromium(t *testing.T) {
	rep := fixtureReport(t)
	var page bytes.Buffer
	if err := Render(&page, rep, "html"); err != nil {
		t.Fatal(err)
	}
	dom := renderInChromium(t, page.Bytes())
	if got, want := chartBars(t, dom, "by-day"), len(rep.ByDay); got != want || want != 5 {
		t.Errorf("rendered by-day chart has %d bars, want %d (one a day, quiet days too)", got, want)
	}
	if got, want := chartBars(t, dom, "by-kind"), len(rep.ByKind); got != want || want != 5 {
		t.Errorf("rendered by-kind chart has %d bars, want %d", got, want)
	}
	if got := strings.Count(dom, `<tr class="group">`); got != len(rep.Groups) {
		t.Errorf("rendered page has %d group rows, want %d", got, len(rep.Groups))
	}
	// The member's markup is text on the page, not elements.
	for _, want := range []string{`&lt;script&gt;alert("hi")&lt;/script&gt; is my &lt;b&gt;chair&lt;/b&gt; &amp; desk ok?`, "Answers by day", "Posture Correction"} {
		if !strings.Contains(dom, want) {
			t.Errorf("rendered page lacks %q", want)
		}
	}
	for _, bad := range []string{"<script", "<b>chair"} {
		if strings.Contains(dom, bad) {
			t.Errorf("rendered page has %q: member text became markup", bad)
		}
	}
}

// The page needs nothing from anywhere: no script, stylesheet, font or
// image is fetched (the network is cut off above, so this says why).
func TestHTMLIsSelfContained(t *testing.T) {
	var page bytes.Buffer
	if err := Render(&page, fixtureReport(t), "html"); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<link", "<img", "<iframe", "src=", "href=", "url(", "@import", "@font-face"} {
		if strings.Contains(page.String(), bad) {
			t.Errorf("the HTML report contains %q: it must be self-contained", bad)
		}
	}
}
