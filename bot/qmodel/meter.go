package qmodel

import "sync/atomic"

// meterEvery is how many training steps pass between two reports: a
// report costs a callback, a step a fraction of a microsecond.
const meterEvery = 1024

// Meter counts the training steps (one example seen once) of one or more
// models toward their total, and reports both to a callback, for a
// progress display. Models trained at the same time may share one, which
// then reports them as one piece of work. A nil *Meter counts nothing.
// Safe for concurrent use; the callback may be called from several
// goroutines at once.
type Meter struct {
	report      func(done, total int)
	done, total atomic.Int64
}

// NewMeter returns a meter reporting to report, or nil when report is nil.
func NewMeter(report func(done, total int)) *Meter {
	if report == nil {
		return nil
	}
	return &Meter{report: report}
}

// expect adds n steps to the total, before they are trained.
func (m *Meter) expect(n int) {
	if m != nil {
		m.total.Add(int64(n))
	}
}

// step counts n steps done, and reports.
func (m *Meter) step(n int) {
	if m == nil || n == 0 {
		return
	}
	done := m.done.Add(int64(n))
	m.report(int(done), int(m.total.Load()))
}
