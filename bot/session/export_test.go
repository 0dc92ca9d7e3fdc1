package session

// MemoryLen is how many entries s holds in memory, for tests.
func MemoryLen(s *State) int { return s.local.len() }
