package discord

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/backpainbot/backpainbot/bot/feedback"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// What a server's admins may set, beyond what the store can hold.
const (
	// maxChannels bounds the channel list: /settings shows it whole, and a
	// server that wants the bot in more channels than this wants it
	// everywhere.
	maxChannels = 25
	// maxCooldown bounds the cooldown: an hour between two questions of
	// one member is already more than any server needs, and a longer one
	// is most likely a typo ("3h" for "3s").
	maxCooldown = time.Hour

	day = 24 * time.Hour
)

// CheckSettings returns an error saying what to fix if s is not settings a
// server may have: what the store refuses (store.Settings.Validate), a
// channel that is not a Discord id, more than 25 channels, a cooldown over
// an hour, or an emergency number or crisis line that cannot go into a
// crisis reply (knowledge.Local.Check). /settings and "settings import"
// both check with it.
func CheckSettings(s store.Settings) error {
	if err := s.Validate(); err != nil {
		return err
	}
	if len(s.Channels) > maxChannels {
		return fmt.Errorf("channels: %d channels; give at most %d, or all to answer everywhere", len(s.Channels), maxChannels)
	}
	for _, c := range s.Channels {
		if !snowflake(c) {
			return fmt.Errorf("channels: %q is not a channel id: use the channel's id (Developer Mode, right-click the channel, Copy Channel ID)", c)
		}
	}
	if s.AlertChannel != "" && !snowflake(s.AlertChannel) {
		return fmt.Errorf("alert channel: %q is not a channel id", s.AlertChannel)
	}
	if s.Cooldown != nil && *s.Cooldown > maxCooldown {
		return fmt.Errorf("cooldown %v is longer than %v: give a shorter one, like 3s or 1m", *s.Cooldown, maxCooldown)
	}
	if r := s.LogRetention; r != nil && (*r < time.Duration(minRetentionDays)*day || *r > maxRetentionDays*day) {
		return fmt.Errorf("log retention %v: give from %v to %d days", *r, minRetentionDays, maxRetentionDays)
	}
	return localFor(s).Check()
}

// snowflake reports whether s is a Discord id: a positive 64-bit number.
func snowflake(s string) bool {
	n, err := strconv.ParseUint(s, 10, 64)
	return err == nil && n > 0 && s[0] != '0' && s[0] != '+'
}

// localFor is the emergency number and crisis line a server's urgent and
// crisis replies use: reply.Localized(localFor(set)).
func localFor(s store.Settings) knowledge.Local {
	return knowledge.Local{EmergencyNumber: s.EmergencyNumber, CrisisLine: s.CrisisLine}
}

// clearWord reports whether s sets a text setting back to its default.
func clearWord(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "default", "none", "off", "clear", "reset":
		return true
	}
	return false
}

// parseChannels reads the channels option: channel mentions (<#123>, which
// Discord puts in the text when an admin picks a channel with #) or ids,
// separated by spaces or commas; "all" clears the list.
func parseChannels(s string) ([]string, error) {
	if w := strings.ToLower(strings.TrimSpace(s)); w == "all" || w == "everywhere" || clearWord(w) {
		return nil, nil
	}
	var out []string
	seen := map[string]bool{}
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\n' || r == '\t' }) {
		id := strings.TrimSuffix(strings.TrimPrefix(f, "<#"), ">")
		if !snowflake(id) {
			return nil, fmt.Errorf("channels: %q is not a channel: type # and pick the channels, separated by spaces, or write all to answer everywhere", f)
		}
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	if len(out) == 0 {
		return nil, errors.New("channels: no channel given: type # and pick the channels, or write all to answer everywhere")
	}
	if len(out) > maxChannels {
		return nil, fmt.Errorf("channels: %d channels; give at most %d, or all to answer everywhere", len(out), maxChannels)
	}
	return out, nil
}

// parseCooldown reads the cooldown option: a duration like 3s, 1m or 1m30s,
// 0 or off for none, default for the bot's default (nil).
func parseCooldown(s string) (*time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "default":
		return nil, nil
	case "off", "none", "0":
		d := time.Duration(0)
		return &d, nil
	}
	d, err := time.ParseDuration(s)
	switch {
	case err != nil && strings.Trim(s, "0123456789.") == "":
		return nil, fmt.Errorf("cooldown %q: add a unit, like %ss for seconds or %sm for minutes", s, s, s)
	case err != nil:
		return nil, fmt.Errorf("cooldown %q: write a time like 3s, 1m or 1m30s; 0 turns it off, default restores the bot's", s)
	case d < 0:
		return nil, fmt.Errorf("cooldown %q is negative: write a time like 3s, or 0 to turn it off", s)
	case d > maxCooldown:
		return nil, fmt.Errorf("cooldown %q is longer than %v: give a shorter one, like 3s or 1m", s, maxCooldown)
	}
	return &d, nil
}

// describeSettings is s as /settings shows it to an admin, one line a
// setting, saying what the default means where s keeps it.
func describeSettings(s store.Settings) string {
	var b strings.Builder
	line := func(name, value string) { fmt.Fprintf(&b, "**%s:** %s\n", name, value) }
	if len(s.Channels) == 0 {
		line("Channels", "everywhere (the default)")
	} else {
		line("Channels", "<#"+strings.Join(s.Channels, ">, <#")+"> and their threads")
	}
	if s.Private != nil && *s.Private {
		line("Answers to /ask", "private: only the member who asked sees them")
	} else {
		line("Answers to /ask", "public (the default); crisis replies to it are always private")
	}
	switch {
	case s.Cooldown == nil:
		line("Cooldown", "the bot's default")
	case *s.Cooldown == 0:
		line("Cooldown", "off")
	default:
		line("Cooldown", s.Cooldown.String()+" between two questions of one member")
	}
	if s.EmergencyNumber == "" {
		line("Emergency number", "not set: urgent replies say \"your local emergency number\" with examples from several countries")
	} else {
		line("Emergency number", s.EmergencyNumber)
	}
	if s.CrisisLine == "" {
		line("Crisis line", "not set: crisis replies list findahelpline.com and lines in a few countries")
	} else {
		line("Crisis line", s.CrisisLine+" (listed first in crisis replies)")
	}
	if s.AlertChannel == "" {
		line("Moderator alerts", "off")
	} else {
		line("Moderator alerts", "in <#"+s.AlertChannel+">, without what the member wrote (I need to see and send messages there)")
	}
	keep := fmt.Sprintf("%d days", feedback.Retention(s)/day)
	if s.LogRetention == nil {
		keep += " (the default)"
	}
	if feedback.Logging(s) {
		line("Unanswered-questions log", "on: the questions I couldn't answer are kept for "+keep+", then deleted; a member's /forget deletes theirs")
	} else {
		line("Unanswered-questions log", "off (the default): no question text is kept; if turned on, kept for "+keep)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
