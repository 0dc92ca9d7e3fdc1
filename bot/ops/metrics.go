package ops

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	dto "github.com/prometheus/client_model/go"

	"github.com/backpainbot/backpainbot/knowledge"
)

// Mode is how the bot meets Discord; it decides what readiness means.
type Mode int

const (
	// HTTP is the interactions endpoint: ready once the knowledge is
	// loaded and the index built (SetReady).
	HTTP Mode = iota
	// Gateway is the gateway bot: ready once SetReady, and while every
	// shard that has reported is connected (SetConnected).
	Gateway
)

// Reasons an interaction is rejected, the label values of
// backpainbot_interactions_rejected_total.
const (
	ReasonMethod       = "method"        // not a POST
	ReasonBadSignature = "bad_signature" // missing, malformed or wrong Ed25519 signature
	ReasonStale        = "stale"         // signed, but the timestamp is too old or too new: a replay, or a wrong clock
	ReasonTooLarge     = "too_large"     // the body is over the cap
	ReasonRead         = "read"          // the body could not be read (the client hung up or was too slow)
	ReasonBadJSON      = "bad_json"      // signed, but not an interaction
	ReasonUnknownType  = "unknown_type"  // an interaction type the bot does not handle
	ReasonDuplicate    = "duplicate"     // an interaction id already answered
)

// answerBuckets are the answer latency histogram's upper bounds, in
// seconds: an answer takes a median of 0.4 ms on the embedded knowledge,
// so the buckets are fine below 10 ms; Discord drops an initial response
// after 3 s, so nothing above 5 s needs telling apart.
var answerBuckets = []float64{.0005, .001, .002, .005, .01, .02, .05, .1, .25, .5, 1, 2.5, 5}

// Metrics counts what the bot does and knows whether it is ready. It is
// safe for concurrent use, and every method of a nil *Metrics does
// nothing (or reports "not ready"), so callers need not check.
type Metrics struct {
	mode Mode
	reg  *prometheus.Registry

	replies    *prometheus.CounterVec
	latency    prometheus.Histogram
	received   prometheus.Counter
	rejected   *prometheus.CounterVec
	cooldowns  prometheus.Counter
	reconnects prometheus.Counter
	panics     prometheus.Counter
	knowledge  *knowledgeMetrics

	ready     atomic.Bool
	storeDown atomic.Bool // the store is configured and does not answer
	mu        sync.Mutex
	shards    map[int]bool // shard id → connected
}

// New returns metrics in a registry of their own (with the Go runtime and
// process collectors), not ready.
func New(mode Mode) *Metrics {
	m := &Metrics{
		mode:   mode,
		reg:    prometheus.NewRegistry(),
		shards: map[int]bool{},
		replies: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "backpainbot_replies_total",
			Help: "Replies sent, by kind (answer, abstain, urgent, crisis, signs, topics, topic, help, cooldown, error) and, for urgent replies, level (emergency, same-day, soon).",
		}, []string{"kind", "level"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    "backpainbot_answer_duration_seconds",
			Help:    "Time from receiving a question or interaction to having its reply ready to send.",
			Buckets: answerBuckets,
		}),
		received: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "backpainbot_interactions_received_total",
			Help: "Interactions received, before any check (rejected ones included).",
		}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "backpainbot_interactions_rejected_total",
			Help: "Interactions rejected without an answer, by reason.",
		}, []string{"reason"}),
		cooldowns: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "backpainbot_cooldowns_total",
			Help: "Questions answered with a cooldown notice instead of an answer.",
		}),
		reconnects: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "backpainbot_gateway_reconnects_total",
			Help: "Gateway connections re-established after a drop (the first connection of each shard is not counted).",
		}),
		panics: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "backpainbot_panics_total",
			Help: "Panics recovered while handling an event or request.",
		}),
	}
	ready := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "backpainbot_ready",
		Help: "1 while the bot is ready to answer (as /readyz), else 0.",
	}, func() float64 {
		if ok, _ := m.Ready(); ok {
			return 1
		}
		return 0
	})
	storeUp := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "backpainbot_store_up",
		Help: "1 while the store answers (or none is used), 0 while the bot answers with this instance's own state instead.",
	}, func() float64 {
		if m.storeDown.Load() {
			return 0
		}
		return 1
	})
	m.reg.MustRegister(m.replies, m.latency, m.received, m.rejected, m.cooldowns, m.reconnects, m.panics, ready, storeUp,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.knowledge = newKnowledgeMetrics(m.reg)

	// Every known series exists from the start, at zero, so that rates
	// and alerts work before the first event of each kind.
	for _, k := range []knowledge.Kind{knowledge.KindAnswer, knowledge.KindAbstain, knowledge.KindCrisis, knowledge.KindSigns,
		knowledge.KindTopics, knowledge.KindTopic, knowledge.KindHelp, knowledge.KindCooldown, knowledge.KindError} {
		m.replies.WithLabelValues(string(k), "")
	}
	for _, l := range []string{knowledge.LevelEmergency, knowledge.LevelSameDay, knowledge.LevelSoon} {
		m.replies.WithLabelValues(string(knowledge.KindUrgent), l)
	}
	for _, r := range []string{ReasonMethod, ReasonBadSignature, ReasonStale, ReasonTooLarge, ReasonRead,
		ReasonBadJSON, ReasonUnknownType, ReasonDuplicate} {
		m.rejected.WithLabelValues(r)
	}
	return m
}

// Registry is the registry the metrics are in, for tests and for adding
// collectors.
func (m *Metrics) Registry() *prometheus.Registry {
	if m == nil {
		return nil
	}
	return m.reg
}

// Totals are counts since the start, for a log line at shutdown.
type Totals struct {
	Received uint64 // interactions received
	Rejected uint64 // interactions rejected, whatever the reason
	Replies  uint64 // replies sent, of every kind
}

// Totals returns the counts so far; zero for a nil *Metrics.
func (m *Metrics) Totals() Totals {
	if m == nil {
		return Totals{}
	}
	return Totals{Received: sum(m.received), Rejected: sum(m.rejected), Replies: sum(m.replies)}
}

// sum adds up the values of a counter's series.
func sum(c prometheus.Collector) uint64 {
	ch := make(chan prometheus.Metric)
	go func() {
		c.Collect(ch)
		close(ch)
	}()
	var total float64
	for s := range ch {
		var d dto.Metric
		if s.Write(&d) == nil {
			total += d.GetCounter().GetValue()
		}
	}
	return uint64(total)
}

// ObserveReply counts one reply of kind (with level, for urgent replies;
// "" otherwise) that took d from receiving the question to being ready to
// send. A cooldown notice is a reply too; call Cooldown as well.
func (m *Metrics) ObserveReply(kind knowledge.Kind, level string, d time.Duration) {
	if m == nil {
		return
	}
	if kind != knowledge.KindUrgent {
		level = "" // only urgent replies have levels; keep the series few
	}
	m.replies.WithLabelValues(string(kind), level).Inc()
	m.latency.Observe(d.Seconds())
}

// Received counts an interaction received, before any check.
func (m *Metrics) Received() {
	if m == nil {
		return
	}
	m.received.Inc()
}

// Rejected counts an interaction rejected without an answer; reason is one
// of the Reason constants.
func (m *Metrics) Rejected(reason string) {
	if m == nil {
		return
	}
	m.rejected.WithLabelValues(reason).Inc()
}

// Cooldown counts a question answered with a cooldown notice.
func (m *Metrics) Cooldown() {
	if m == nil {
		return
	}
	m.cooldowns.Inc()
}

// Reconnect counts a gateway connection re-established after a drop.
func (m *Metrics) Reconnect() {
	if m == nil {
		return
	}
	m.reconnects.Inc()
}

// Panic counts a panic recovered in a handler.
func (m *Metrics) Panic() {
	if m == nil {
		return
	}
	m.panics.Inc()
}

// SetReady says whether the knowledge is loaded and the index built (and
// false again while shutting down).
func (m *Metrics) SetReady(ready bool) {
	if m == nil {
		return
	}
	m.ready.Store(ready)
}

// SetConnected says whether a gateway shard is connected. In Gateway mode
// the bot is ready only while every shard that has reported is connected,
// and not before the first one has.
func (m *Metrics) SetConnected(shard int, connected bool) {
	if m == nil {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.shards[shard] = connected
}

// SetStoreUp says whether the store answers. Down, the bot still answers,
// with this instance's own state: /readyz says so but stays 200, since
// taking every instance out of a load balancer when their one database is
// away would turn a degraded bot into none.
func (m *Metrics) SetStoreUp(up bool) {
	if m == nil {
		return
	}
	m.storeDown.Store(!up)
}

// Degraded says what works less well than it should while the bot is
// ready, or "" when nothing does.
func (m *Metrics) Degraded() string {
	if m == nil || !m.storeDown.Load() {
		return ""
	}
	return "the store is unreachable: cooldowns, duplicate suppression and the previous message hold for this instance only"
}

// Ready reports whether the bot is ready to answer and, if not, why.
func (m *Metrics) Ready() (bool, string) {
	if m == nil {
		return false, "no metrics"
	}
	if !m.ready.Load() {
		return false, "knowledge not loaded or index not built"
	}
	if m.mode != Gateway {
		return true, ""
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.shards) == 0 {
		return false, "not connected to the gateway"
	}
	for _, up := range m.shards {
		if !up {
			return false, "a gateway shard is disconnected"
		}
	}
	return true, ""
}
