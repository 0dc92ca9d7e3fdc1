package ops

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
)

// /readyz and the metrics say which version of the knowledge answers and
// since when, one version at a time, and count reloads by result.
func TestKnowledgeVersion(t *testing.T) {
	m := New(HTTP)
	m.SetReady(true)
	h := m.Handler()
	if _, body := get(t, h, "/readyz"); body != "ready\n" {
		t.Errorf("before any knowledge is set: /readyz = %q; want just ready", body)
	}
	at := time.Date(2026, 12, 2, 13, 5, 0, 0, time.UTC)
	m.SetKnowledge("0123abcd4567", at.Add(-time.Hour))
	m.SetKnowledge("89efcdab0123", at)
	m.Reloaded(ReloadOK)
	m.Reloaded(ReloadFailed)
	m.Reloaded(ReloadFailed)

	code, body := get(t, h, "/readyz")
	if want := "ready\nknowledge 89efcdab0123 loaded 2026-12-02T13:05:00Z\n"; code != http.StatusOK || body != want {
		t.Errorf("/readyz = %d %q; want 200 %q", code, body, want)
	}
	m.SetReady(false)
	if _, body := get(t, h, "/readyz"); !strings.HasPrefix(body, "not ready: ") || !strings.Contains(body, "\nknowledge 89efcdab0123 ") {
		t.Errorf("not ready: /readyz = %q; want the reason, then the version", body)
	}

	want := `
# HELP backpainbot_knowledge_info 1 for the version (a short hash of the knowledge, safety rules and safety examples loaded) that answers now.
# TYPE backpainbot_knowledge_info gauge
backpainbot_knowledge_info{version="89efcdab0123"} 1
# HELP backpainbot_knowledge_loaded_timestamp_seconds When the version that answers now was loaded, in seconds since the Unix epoch.
# TYPE backpainbot_knowledge_loaded_timestamp_seconds gauge
backpainbot_knowledge_loaded_timestamp_seconds 1.7962167e+09
# HELP backpainbot_reloads_total Reloads of the knowledge and safety rules (SIGHUP or --watch), by result: ok, failed (the last good version goes on answering) or unchanged.
# TYPE backpainbot_reloads_total counter
backpainbot_reloads_total{result="failed"} 2
backpainbot_reloads_total{result="ok"} 1
backpainbot_reloads_total{result="unchanged"} 0
`
	if err := testutil.GatherAndCompare(m.Registry(), strings.NewReader(want),
		"backpainbot_knowledge_info", "backpainbot_knowledge_loaded_timestamp_seconds", "backpainbot_reloads_total"); err != nil {
		t.Error(err)
	}
}

// A nil *Metrics takes the knowledge calls and does nothing.
func TestKnowledgeNilMetrics(t *testing.T) {
	var m *Metrics
	m.SetKnowledge("v", time.Now())
	m.Reloaded(ReloadOK)
}
