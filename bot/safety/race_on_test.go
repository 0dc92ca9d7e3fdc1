//go:build race

package safety

// raceEnabled reports a test binary built with -race.
const raceEnabled = true
