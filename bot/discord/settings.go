package discord

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
	"github.com/backpainbot/backpainbot/bot/store"
	"github.com/backpainbot/backpainbot/knowledge"
)

// The /settings command and its options.
const (
	cmdSettings     = "settings"
	optChannels     = "channels"
	optPrivate      = "private"
	optCooldown     = "cooldown"
	optEmergency    = "emergency_number"
	optCrisisLine   = "crisis_line"
	optAlertChannel = "alert_channel"
	optAlertsOff    = "alerts_off"
	optReset        = "reset"
	optLogOn        = "log_unanswered"
	optLogRetention = "log_retention"
	maxChannelsLen  = 1000 // 25 channel mentions of 22 characters, with room for typing
	maxCooldownLen  = 20
)

// settingsPermission is who may see and use /settings: members with
// Manage Server (administrators have every permission). Discord hides the
// command from everyone else; settingsResponse checks it again, since a
// server's admins can grant the command to others in Server Settings,
// Integrations.
const settingsPermission int64 = discordgo.PermissionManageGuild

// settingsCommand is /settings: in servers only, for Manage Server.
func settingsCommand() *discordgo.ApplicationCommand {
	perms := settingsPermission
	no := false
	minLen := 1
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	installs := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	str := func(name, desc string, maxLen int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, MinLength: &minLen, MaxLength: maxLen}
	}
	boolean := func(name, desc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: name, Description: desc}
	}
	return &discordgo.ApplicationCommand{
		Type:                     discordgo.ChatApplicationCommand,
		Name:                     cmdSettings,
		Description:              "Show or change how I work in this server. With no option, shows the settings.",
		DefaultMemberPermissions: &perms,
		// Contexts (servers only) is what Discord reads today;
		// dm_permission says the same to anything that still reads it.
		//lint:ignore SA1019 deprecated by Contexts, set beside it on purpose
		DMPermission:     &no,
		Contexts:         &contexts,
		IntegrationTypes: &installs,
		Options: []*discordgo.ApplicationCommandOption{
			str(optChannels, "Channels I answer in: pick them with #, or write all", maxChannelsLen),
			boolean(optPrivate, "Answers to /ask only the asker sees"),
			str(optCooldown, "Least time between two questions of one member, e.g. 3s; 0 for none", maxCooldownLen),
			str(optEmergency, "Local emergency number for urgent replies, e.g. 999; default to clear", knowledge.MaxEmergencyNumber),
			str(optCrisisLine, "Crisis line for crisis replies, e.g. Samaritans 116 123; default to clear", knowledge.MaxCrisisLine),
			{
				Type:         discordgo.ApplicationCommandOptionChannel,
				Name:         optAlertChannel,
				Description:  "Channel for moderator alerts about crisis and emergency replies",
				ChannelTypes: []discordgo.ChannelType{discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews},
			},
			boolean(optAlertsOff, "Turn moderator alerts off"),
			boolean(optLogOn, "Keep the questions I can't answer, for the report; off deletes them"),
			{
				Type:        discordgo.ApplicationCommandOptionInteger,
				Name:        optLogRetention,
				Description: "Days to keep logged questions before deleting them (default 30)",
				MinValue:    &minRetentionDays,
				MaxValue:    maxRetentionDays,
			},
			boolean(optReset, "Return every setting to its default (before the other options)"),
		},
	}
}

// The bounds of log_retention, in days: a day at least, so that the
// report sees something; a year at most, so that the log stays a recent
// sample, not an archive.
var minRetentionDays float64 = 1

const maxRetentionDays = 365

// noticeFunc makes a reply of a kind from a fixed sentence with the
// knowledge's disclaimer: the handler passes (*bot.Answerer).Notice.
type noticeFunc func(kind knowledge.Kind, text string) knowledge.Reply

// The sentences /settings answers with, besides the settings themselves.
const (
	msgSettingsDM      = "/settings changes a server's settings: use it in the server, not in a DM."
	msgSettingsDenied  = "Only members with the Manage Server permission can see or change my settings in this server."
	msgSettingsNoStore = "I can't show or change settings right now: my settings store is not available. I keep answering with my defaults; please try again later."
	msgSettingsFailed  = "I couldn't reach my settings store just now, so nothing was changed. Please try again in a moment."
	msgSettingsHint    = "Change one with an option of /settings, e.g. `/settings emergency_number:999`; `reset:True` returns every setting to its default."
	msgNothingChanged  = "Nothing was changed."
	msgLogNotDeleted   = "I couldn't delete the questions already logged just now: each is still deleted when its retention ends. Turn the log on and off again to try again."
)

// settingsSaved is told a server's settings before and after a change
// that was saved; the handler deletes the log of unanswered questions
// when the change turns it off. Its error is the operator's; the admin is
// told the log was not deleted.
type settingsSaved func(ctx context.Context, guild string, before, after store.Settings) error

// settingsResponse answers /settings, shown only to the admin who used it.
// Outside a server, and for a member without Manage Server or
// Administrator in the interaction's permissions, it refuses. With no
// option it shows the server's settings; with options it checks them all,
// saves them, and shows the result, or says what to fix and changes
// nothing. reset clears every setting before the other options apply.
//
// It sends nothing: the handler sends the Response. The error, when the
// store failed, is for the operator's log; the admin gets a sentence.
// saved, if not nil, is told of every change saved.
func settingsResponse(ctx context.Context, st store.Store, i *discordgo.Interaction, notice noticeFunc, saved settingsSaved) (Response, error) {
	reply := func(text string) Response {
		m := bot.Render(notice(knowledge.KindSettings, text))
		return Response{Event: cmdSettings, Interaction: InteractionResponse(m), Rendered: m}
	}
	switch {
	case i.GuildID == "" || i.Member == nil:
		return reply(msgSettingsDM), nil
	case !canManage(i.Member.Permissions):
		return reply(msgSettingsDenied), nil
	case st == nil:
		return reply(msgSettingsNoStore), nil
	}
	data, _ := i.Data.(discordgo.ApplicationCommandInteractionData)
	reset, changes, err := parseSettingsOptions(data.Options)
	if err != nil {
		return reply(err.Error() + "\n\n" + msgNothingChanged), nil
	}
	cur, err := st.Settings(ctx, i.GuildID)
	if err != nil {
		return reply(msgSettingsFailed), fmt.Errorf("/settings: %w", err)
	}
	if !reset && len(changes) == 0 {
		return reply("This server's settings:\n" + describeSettings(cur) + "\n\n" + msgSettingsHint), nil
	}
	next := cur
	if reset {
		next = store.Settings{}
	}
	for _, change := range changes {
		change(&next)
	}
	if err := CheckSettings(next); err != nil {
		return reply(err.Error() + "\n\n" + msgNothingChanged), nil
	}
	if err := saveSettings(ctx, st, i.GuildID, next); err != nil {
		return reply(msgSettingsFailed), fmt.Errorf("/settings: %w", err)
	}
	text := "Saved. This server's settings now:\n" + describeSettings(next)
	if saved != nil {
		if err := saved(ctx, i.GuildID, cur, next); err != nil {
			return reply(text + "\n\n" + msgLogNotDeleted), fmt.Errorf("/settings: %w", err)
		}
	}
	return reply(text), nil
}

// canManage reports whether a member's permissions let them change the
// server's settings.
func canManage(perms int64) bool {
	return perms&(discordgo.PermissionManageGuild|discordgo.PermissionAdministrator) != 0
}

// saveSettings saves s, or deletes the server's settings when s is all
// defaults, so that an export lists only servers that set something. All
// defaults is the zero Settings, whatever fields it gains.
func saveSettings(ctx context.Context, st store.Store, guild string, s store.Settings) error {
	if reflect.ValueOf(s.Canonical()).IsZero() {
		return st.DeleteSettings(ctx, guild)
	}
	return st.SaveSettings(ctx, guild, s)
}

// parseSettingsOptions reads /settings's options into changes to apply
// in order, checking each; the error lists every option to fix.
func parseSettingsOptions(opts []*discordgo.ApplicationCommandInteractionDataOption) (reset bool, changes []func(*store.Settings), err error) {
	var errs []error
	add := func(f func(*store.Settings), err error) {
		if err != nil {
			errs = append(errs, err)
		} else if f != nil {
			changes = append(changes, f)
		}
	}
	alertsOff := false
	for _, o := range opts {
		if o == nil {
			continue
		}
		s, _ := o.Value.(string)
		b, _ := o.Value.(bool)
		n, _ := o.Value.(float64) // JSON numbers, as Discord sends integers
		switch o.Name {
		case optReset:
			reset = b
		case optAlertsOff:
			alertsOff = b
			if b {
				add(func(set *store.Settings) { set.AlertChannel = "" }, nil)
			}
		case optLogRetention:
			add(parseRetention(n))
		default:
			add(parseSetting(o.Name, s, b))
		}
	}
	if alertsOff && option(opts, optAlertChannel) != "" {
		errs = append(errs, errors.New("alert_channel and alerts_off: choose one: a channel for alerts, or alerts off"))
	}
	return reset, changes, errors.Join(errs...)
}

// parseSetting reads one option other than reset and alerts_off.
func parseSetting(name, s string, b bool) (func(*store.Settings), error) {
	switch name {
	case optChannels:
		chs, err := parseChannels(s)
		return func(set *store.Settings) { set.Channels = chs }, err
	case optPrivate:
		return func(set *store.Settings) { set.Private = &b }, nil
	case optLogOn:
		return func(set *store.Settings) { set.LogUnanswered = &b }, nil
	case optCooldown:
		d, err := parseCooldown(s)
		return func(set *store.Settings) { set.Cooldown = d }, err
	case optEmergency, optCrisisLine:
		if clearWord(s) {
			s = ""
		}
		if name == optCrisisLine {
			return func(set *store.Settings) { set.CrisisLine = s }, knowledge.Local{CrisisLine: s}.Check()
		}
		return func(set *store.Settings) { set.EmergencyNumber = s }, knowledge.Local{EmergencyNumber: s}.Check()
	case optAlertChannel:
		if !snowflake(s) {
			return nil, fmt.Errorf("alert_channel: %q is not a channel: pick one from the list", s)
		}
		return func(set *store.Settings) { set.AlertChannel = s }, nil
	}
	return nil, fmt.Errorf("%s: I don't know this option; run /settings without options to see what I can change", name)
}

// parseRetention reads log_retention, a whole number of days.
func parseRetention(days float64) (func(*store.Settings), error) {
	if days != float64(int(days)) || days < minRetentionDays || days > maxRetentionDays {
		return nil, fmt.Errorf("log_retention: %v days: give a whole number of days from %v to %d", days, minRetentionDays, maxRetentionDays)
	}
	d := time.Duration(days) * 24 * time.Hour
	return func(set *store.Settings) { set.LogRetention = &d }, nil
}
