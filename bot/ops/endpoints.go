package ops

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Handler serves the operational endpoints:
//
//   - GET /healthz: 200 while the process serves HTTP at all (liveness);
//   - GET /readyz: 200 when Ready, else 503 with the reason (readiness: a
//     load balancer sends interactions only to ready instances); a ready
//     bot whose store is unreachable is still ready, and says it is
//     degraded and why (see SetStoreUp); a second line says which
//     version of the knowledge answers, and since when (SetKnowledge);
//   - GET /metrics: the metrics in the Prometheus text format.
//
// They are for operators and load balancers, not the internet: serve them
// on a private address, or keep them behind the reverse proxy.
func (m *Metrics) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		text(w, http.StatusOK, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		status, msg := http.StatusOK, "ready"
		if ok, why := m.Ready(); !ok {
			status, msg = http.StatusServiceUnavailable, "not ready: "+why
		} else if why := m.Degraded(); why != "" {
			msg = "ready, degraded: " + why
		}
		if k := m.knowledgeLine(); k != "" {
			msg += "\n" + k
		}
		text(w, status, msg)
	})
	if m != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{
			// A collector failing (say, /proc unreadable) should not hide
			// the counters that did gather.
			ErrorHandling: promhttp.ContinueOnError,
		}))
	}
	return mux
}

func text(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(msg + "\n"))
}
