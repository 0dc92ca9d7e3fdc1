package bolt

import (
	"strings"
	"testing"
	"time"

	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/google/go-cmp/cmp"
)

// Whatever an admin sets comes back from the file as Canonical says.
func FuzzSettingsRecord(f *testing.F) {
	f.Add("2001,2002", byte(2), int64(90*time.Second), "999", "Samaritans 116 123", "2003", byte(1), int64(720*time.Hour))
	f.Add("", byte(0), int64(0), "", "", "", byte(0), int64(0))
	f.Add(",", byte(1), int64(-1), "\x00", "«»\"\\", "\xff", byte(2), int64(999))
	f.Fuzz(func(t *testing.T, channels string, private byte, cooldown int64, emergency, crisis, alert string, logOn byte, retention int64) {
		in := store.Settings{EmergencyNumber: emergency, CrisisLine: crisis, AlertChannel: alert}
		if channels != "" {
			in.Channels = strings.Split(channels, ",")
		}
		if private%3 != 0 {
			p := private%3 == 1
			in.Private = &p
		}
		if cooldown != 0 {
			d := time.Duration(cooldown)
			in.Cooldown = &d
		}
		if logOn%3 != 0 {
			l := logOn%3 == 1
			in.LogUnanswered = &l
		}
		if retention != 0 {
			d := time.Duration(retention)
			in.LogRetention = &d
		}
		if in.Validate() != nil {
			return // refused by SaveSettings before it gets here
		}
		b, err := encodeSettings(in)
		if err != nil {
			t.Fatalf("encodeSettings(%+v): %v", in, err)
		}
		out, err := decodeSettings(b)
		if err != nil {
			t.Fatalf("decodeSettings(%s): %v", b, err)
		}
		if diff := cmp.Diff(in.Canonical(), out); diff != "" {
			t.Errorf("Settings through the file format (-want +got):\n%s", diff)
		}
	})
}
