package postgres

import (
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// The URL's own pool settings win over ours.
func TestApplyDefaults(t *testing.T) {
	tests := []struct {
		url               string
		maxConns          int32
		lifetime, connect time.Duration
		app               string
	}{
		{"postgres://bot@db/bpb", maxConns, maxConnLifetime, connectTimeout, "backpainbot"},
		{"postgres://bot@db/bpb?pool_max_conns=3&pool_max_conn_lifetime=5m&connect_timeout=2&application_name=bpb-eu",
			3, 5 * time.Minute, 2 * time.Second, "bpb-eu"},
	}
	for _, tt := range tests {
		cfg, err := pgxpool.ParseConfig(tt.url)
		if err != nil {
			t.Fatal(err)
		}
		applyDefaults(cfg, tt.url)
		c := cfg.ConnConfig
		if cfg.MaxConns != tt.maxConns || cfg.MaxConnLifetime != tt.lifetime || c.ConnectTimeout != tt.connect || c.RuntimeParams["application_name"] != tt.app {
			t.Errorf("applyDefaults(%q): max conns %d, lifetime %v, connect timeout %v, application %q; want %d, %v, %v, %q",
				tt.url, cfg.MaxConns, cfg.MaxConnLifetime, c.ConnectTimeout, c.RuntimeParams["application_name"],
				tt.maxConns, tt.lifetime, tt.connect, tt.app)
		}
	}
}
