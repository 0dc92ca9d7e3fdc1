package feedback

import (
	"context"
	"time"
)

// retentionEvery is how often the retention job deletes expired questions:
// a logged question outlives its server's retention by at most this, and
// a purge is one transaction or query.
const retentionEvery = time.Hour

// retentionTimeout bounds one purge.
const retentionTimeout = 30 * time.Second

// RunRetention deletes logged questions past their server's retention, at
// once and then every hour, until ctx is done. Several instances may each
// run one: a purge is idempotent. While the store is away it waits for the
// next tick.
func (r *Recorder) RunRetention(ctx context.Context) {
	t := time.NewTicker(retentionEvery)
	defer t.Stop()
	r.runRetention(ctx, t.C)
}

func (r *Recorder) runRetention(ctx context.Context, tick <-chan time.Time) {
	for {
		r.Purge(ctx)
		select {
		case <-ctx.Done():
			return
		case <-tick:
		}
	}
}

// Purge deletes the logged questions past their retention now and returns
// how many it deleted; a store error is logged, and the next purge tries
// again.
func (r *Recorder) Purge(ctx context.Context) int {
	f, err := r.store()
	if err != nil {
		return 0 // the store is away; nothing to delete from
	}
	c, cancel := context.WithTimeout(ctx, retentionTimeout)
	defer cancel()
	n, err := f.PurgeExpired(c, r.now())
	switch {
	case err != nil && ctx.Err() != nil:
		// Shutting down: the next start purges them.
	case err != nil:
		r.log.Warn("feedback: delete logged questions past their retention; trying again within the hour", "err", err)
	case n > 0:
		r.log.Info("feedback: deleted logged questions past their retention", "deleted", n)
	}
	return n
}
