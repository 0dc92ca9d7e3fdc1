package ops

import (
	"fmt"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Results of a reload, the label values of backpainbot_reloads_total.
const (
	ReloadOK        = "ok"        // a new version is answering
	ReloadFailed    = "failed"    // the files have a mistake (or cannot be read): the last good version goes on answering
	ReloadUnchanged = "unchanged" // the files hold what is loaded already: nothing to do
)

// knowledgeMetrics say which version of the knowledge and safety rules
// answers, since when, and how reloads went.
type knowledgeMetrics struct {
	info     *prometheus.GaugeVec
	loadedAt prometheus.Gauge
	reloads  *prometheus.CounterVec

	mu      sync.Mutex
	version string
	at      time.Time
}

func newKnowledgeMetrics(reg *prometheus.Registry) *knowledgeMetrics {
	k := &knowledgeMetrics{
		info: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "backpainbot_knowledge_info",
			Help: "1 for the version (a short hash of the knowledge, safety rules and safety examples loaded) that answers now.",
		}, []string{"version"}),
		loadedAt: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "backpainbot_knowledge_loaded_timestamp_seconds",
			Help: "When the version that answers now was loaded, in seconds since the Unix epoch.",
		}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "backpainbot_reloads_total",
			Help: "Reloads of the knowledge and safety rules (SIGHUP or --watch), by result: ok, failed (the last good version goes on answering) or unchanged.",
		}, []string{"result"}),
	}
	reg.MustRegister(k.info, k.loadedAt, k.reloads)
	for _, r := range []string{ReloadOK, ReloadFailed, ReloadUnchanged} {
		k.reloads.WithLabelValues(r)
	}
	return k
}

// SetKnowledge says which version of the knowledge and safety rules
// answers from now on, loaded at loaded: /readyz shows it, and
// backpainbot_knowledge_info carries it.
func (m *Metrics) SetKnowledge(version string, loaded time.Time) {
	if m == nil {
		return
	}
	k := m.knowledge
	k.mu.Lock()
	defer k.mu.Unlock()
	k.version, k.at = version, loaded
	k.info.Reset() // one series: the version answering now
	k.info.WithLabelValues(version).Set(1)
	k.loadedAt.Set(float64(loaded.UnixNano()) / 1e9)
}

// Reloaded counts a reload; result is ReloadOK, ReloadFailed or
// ReloadUnchanged.
func (m *Metrics) Reloaded(result string) {
	if m == nil {
		return
	}
	m.knowledge.reloads.WithLabelValues(result).Inc()
}

// knowledgeLine is the line /readyz adds about the version answering, or
// "" before SetKnowledge.
func (m *Metrics) knowledgeLine() string {
	if m == nil {
		return ""
	}
	k := m.knowledge
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.version == "" {
		return ""
	}
	return fmt.Sprintf("knowledge %s loaded %s", k.version, k.at.UTC().Format(time.RFC3339))
}
