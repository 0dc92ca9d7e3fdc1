package knowledge

import "strings"

// IsChatMarkup reports whether s, the text between a '<' and a '>', is
// Discord markup rather than words: a user, role or channel mention
// (<@123>, <@!123>, <@&123>, <#123>), a custom emoji (<:name:123>,
// <a:name:123>), a timestamp (<t:123:R>), a command reference (</ask:123>)
// or a link with its preview suppressed (<https://...>). Questions arrive
// with such markup; the search and the safety check both skip it.
func IsChatMarkup(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '@', '#', ':', '/':
		return true
	case 'a', 't':
		return len(s) > 1 && s[1] == ':'
	case 'h':
		return strings.HasPrefix(s, "http")
	}
	return false
}
