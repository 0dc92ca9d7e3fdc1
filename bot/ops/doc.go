// Package ops is backpainbot's operational side, shared by the gateway bot
// and the HTTP interactions endpoint: the Prometheus metrics, the health
// and readiness state, the /healthz, /readyz and /metrics endpoints that
// expose them, and an HTTP server with timeouts, a cap on open connections
// derived from the open-file limit, and a bounded graceful shutdown.
//
// Metrics live in a registry of their own, never Prometheus's global
// default, so two instances (two tests) never share counters. Every method
// of a nil *Metrics does nothing, so a transport built without metrics
// needs no checks.
//
// Import rule: standard library, package knowledge (for reply kinds) and
// the official Prometheus client only. It knows nothing of Discord.
package ops
