package knowledge

// EditDistance is the optimal string alignment distance between a and b,
// counted in runes: Levenshtein plus the transposition of two adjacent
// letters, the commonest typo. It stops early and returns max+1 once the
// distance must exceed max. The search's spelling corrector and the safety
// check's typo tolerance both measure with it.
func EditDistance(a, b string, max int) int {
	var sa, sb [64]rune // no allocation for words of up to 64 letters
	ra, rb := runes(a, sa[:0]), runes(b, sb[:0])
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	var buf [3 * 65]int // the three rows, without allocating, for words of up to 64 letters
	rows := buf[:]
	if n := 3 * (len(rb) + 1); n > len(rows) {
		rows = make([]int, n)
	}
	w := len(rb) + 1
	prev2, prev, cur := rows[:w], rows[w:2*w], rows[2*w:3*w]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// runes decodes s into buf, growing it only for long strings.
func runes(s string, buf []rune) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}
