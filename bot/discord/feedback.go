package discord

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot/feedback"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// What members tell the bot about its answers, and what it keeps of them:
// the vote buttons under an answer, /forget and /stats. The rules (what is
// stored, hashed, kept and for how long) are package feedback's; these
// are the Discord side of them.

// The commands of this file.
const (
	cmdForget = "forget"
	cmdStats  = "stats"
)

// forgetCommand is /forget: any member, in a server.
func forgetCommand() *discordgo.ApplicationCommand {
	return serverCommand(cmdForget, "Delete everything I have stored about you in this server (your votes and logged questions).", nil)
}

// statsCommand is /stats: private, for Manage Server, like /settings.
func statsCommand() *discordgo.ApplicationCommand {
	perms := settingsPermission
	return serverCommand(cmdStats, "How I did in this server over the last 30 days (admins only; only you see it).", &perms)
}

// serverCommand is a command without options, usable in servers only, by
// members with perms (nil: everyone).
func serverCommand(name, desc string, perms *int64) *discordgo.ApplicationCommand {
	no := false
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	installs := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	return &discordgo.ApplicationCommand{
		Type:                     discordgo.ChatApplicationCommand,
		Name:                     name,
		Description:              desc,
		DefaultMemberPermissions: perms,
		//lint:ignore SA1019 deprecated by Contexts, set beside it on purpose (see settingsCommand)
		DMPermission:     &no,
		Contexts:         &contexts,
		IntegrationTypes: &installs,
	}
}

// The sentences of votes, /forget and /stats.
const (
	msgVotedHelpful    = "Thanks: I noted that this answer helped. Click the other button to change your vote."
	msgVotedNotHelpful = "Thanks: I noted that this answer didn't help, so the server's admins can see which passages miss. Click the other button to change your vote."
	msgVoteDM          = "Votes are counted in servers only: in a DM there is nobody to report them to."
	msgVoteFailed      = "I couldn't record your vote just now: my store is not available. Please try again later."
	msgForgetDM        = "/forget deletes what I have stored about you in a server: use it in that server. In DMs I store nothing about you but a count of answers by kind."
	msgForgetFailed    = "I couldn't reach my store just now, so nothing was deleted. Please try again in a moment."
	msgStatsDM         = "/stats shows a server's figures: use it in the server, not in a DM."
	msgStatsDenied     = "Only members with the Manage Server permission can see my figures for this server."
	msgStatsFailed     = "I can't read my figures right now: my store is not available. Please try again later."
)

// private is a reply to one member about what is stored: a vote's thanks,
// /forget's count, /stats.
func (h *Handler) private(event, text string) Response {
	return h.reply(event, h.a.Notice(knowledge.KindFeedback, text))
}

// vote records a click on "Helpful" or "Not helpful" under the answer
// that is the interaction's message, and thanks the member privately; a
// second click, on either, replaces their vote.
func (h *Handler) vote(ctx context.Context, i *discordgo.Interaction, passage string, helpful bool) Response {
	const event = "vote"
	if i.GuildID == "" || i.Message == nil {
		return h.private(event, msgVoteDM)
	}
	if err := h.fb.Vote(ctx, i.GuildID, userID(i), i.Message.ID, passage, helpful); err != nil {
		h.log.Warn("discord: record a vote", "err", err, "guild", i.GuildID)
		return h.private(event, msgVoteFailed)
	}
	if helpful {
		return h.private(event, msgVotedHelpful)
	}
	return h.private(event, msgVotedNotHelpful)
}

// forget deletes what is stored about the member in this server.
func (h *Handler) forget(ctx context.Context, i *discordgo.Interaction) Response {
	if i.GuildID == "" {
		return h.private(cmdForget, msgForgetDM)
	}
	n, err := h.fb.Forget(ctx, i.GuildID, userID(i))
	if err != nil {
		h.log.Warn("discord: /forget", "err", err, "guild", i.GuildID)
		return h.private(cmdForget, msgForgetFailed)
	}
	return h.private(cmdForget, forgotten(n))
}

// forgotten is /forget's confirmation for n records deleted.
func forgotten(n int) string {
	const rest = " Counts of answers by kind hold no trace of who asked, and what I keep between messages for a few minutes (cooldowns, your last message's topic) expires by itself."
	switch n {
	case 0:
		return "I had nothing stored about you in this server: no votes and no logged questions." + rest
	case 1:
		return "Done: I deleted 1 record about you in this server (votes and logged questions)." + rest
	}
	return fmt.Sprintf("Done: I deleted %d records about you in this server (votes and logged questions).", n) + rest
}

// stats shows an admin the server's last 30 days, checking the permission
// again as /settings does: a server's admins can grant the command to
// anyone in Server Settings, Integrations.
func (h *Handler) stats(ctx context.Context, i *discordgo.Interaction, set store.Settings) Response {
	switch {
	case i.GuildID == "" || i.Member == nil:
		return h.private(cmdStats, msgStatsDM)
	case !canManage(i.Member.Permissions):
		return h.private(cmdStats, msgStatsDenied)
	}
	s, err := h.fb.Stats(ctx, i.GuildID)
	if err != nil {
		h.log.Warn("discord: /stats", "err", err, "guild", i.GuildID)
		return h.private(cmdStats, msgStatsFailed)
	}
	return h.private(cmdStats, describeStats(s, feedback.Logging(set), h.passageTitle))
}

// passageTitle is a passage's title, or its id when the knowledge no
// longer has it.
func (h *Handler) passageTitle(id string) string {
	if r := h.a.Passage(id); r.Passage != nil {
		return r.Passage.Title
	}
	return id
}

// kindNames are the answer kinds as /stats names them.
var kindNames = map[string]string{
	store.KindPassage:    "answered with a passage",
	store.KindUnanswered: "not answered (I didn't know, or can't: doses, diagnoses)",
	store.KindTopic:      "topic summaries",
	store.KindUrgent:     "urgent advice and warning signs",
	store.KindCrisis:     "crisis help",
}

// describeStats is /stats's text: answers by kind, the passages with the
// most "Not helpful", the unanswered questions and the log.
func describeStats(s feedback.Stats, logging bool, title func(id string) string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**The last %d days in this server**\n", feedback.StatsPeriod/day)
	if len(s.Kinds) == 0 {
		b.WriteString("No questions yet.\n")
	}
	for _, k := range s.Kinds {
		name := kindNames[k.Kind]
		if name == "" {
			name = k.Kind
		}
		fmt.Fprintf(&b, "• %s: %d\n", name, k.N)
	}
	b.WriteString("\n**Not helpful, most votes first**\n")
	if len(s.NotHelpful) == 0 {
		b.WriteString("No \"Not helpful\" votes.\n")
	}
	for _, p := range s.NotHelpful {
		fmt.Fprintf(&b, "• %s: %d not helpful, %d helpful\n", title(p.Passage), p.NotHelpful, p.Helpful)
	}
	fmt.Fprintf(&b, "\n**Unanswered questions:** %d", s.Unanswered)
	switch {
	case logging:
		fmt.Fprintf(&b, "; %d of them in the log, for the operator's report (`backpainbot report`).", s.Logged)
	case s.Logged > 0:
		fmt.Fprintf(&b, "; the log is off, %d logged earlier are kept until their retention ends.", s.Logged)
	default:
		b.WriteString(". The log is off: `/settings log_unanswered:True` keeps their text for the report.")
	}
	return b.String()
}

// leftServers is a store whose PurgeRemoved, which deletes the settings
// of the servers the bot left more than RemovedGrace ago, also deletes
// their logged questions.
type leftServers struct {
	store.Store
	fb  *feedback.Recorder
	log *slog.Logger
}

func (s leftServers) PurgeRemoved(ctx context.Context, cutoff time.Time) ([]string, error) {
	ids, err := s.Store.PurgeRemoved(ctx, cutoff)
	for _, id := range ids {
		if err := s.fb.ServerLeft(ctx, id); err != nil {
			// Each question is still deleted when its retention ends.
			s.log.Warn("discord: a server the bot left", "err", err, "guild", id)
		}
	}
	return ids, err
}
