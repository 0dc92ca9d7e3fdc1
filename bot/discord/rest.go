package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// The REST side: the HTTP client, calls that wait out rate limits within
// their deadline, errors fit to log, and the chores that need no gateway.

// prepare checks cfg and returns the Authorization value and the HTTP
// client for the API.
func prepare(cfg Config) (token string, client *http.Client, err error) {
	token = strings.TrimSpace(cfg.Token)
	if token == "Bot" {
		token = ""
	}
	token = strings.TrimSpace(strings.TrimPrefix(token, "Bot "))
	if token == "" {
		return "", nil, errors.New("discord: no token: set DISCORD_TOKEN or DISCORD_TOKEN_FILE")
	}
	if strings.ContainsAny(token, " \t\r\n") {
		return "", nil, errors.New("discord: the token contains spaces")
	}
	switch {
	case cfg.ShardCount < 0 || cfg.ShardID < 0:
		return "", nil, fmt.Errorf("discord: shard id %d and count %d must not be negative", cfg.ShardID, cfg.ShardCount)
	case cfg.ShardCount == 0 && cfg.ShardID != 0:
		return "", nil, fmt.Errorf("discord: shard id %d needs a shard count", cfg.ShardID)
	case cfg.ShardCount > 0 && cfg.ShardID >= cfg.ShardCount:
		return "", nil, fmt.Errorf("discord: shard id %d must be less than the shard count %d", cfg.ShardID, cfg.ShardCount)
	}
	if client, err = apiClient(cfg.APIBase); err != nil {
		return "", nil, err
	}
	return "Bot " + token, client, nil
}

// restSession is a session for REST calls only, never opened.
func restSession(token string, client *http.Client) *discordgo.Session {
	s, _ := discordgo.New(token) // cannot fail: it only fills a struct
	s.Client = client
	s.ShouldRetryOnRateLimit = false
	return s
}

// ApplicationID asks Discord for the bot's application id (for InviteURL).
func ApplicationID(ctx context.Context, cfg Config) (string, error) {
	token, client, err := prepare(cfg)
	if err != nil {
		return "", err
	}
	return applicationID(ctx, restSession(token, client), cfg.APIBase)
}

// applicationID asks Discord, through s at apiBase, for the application id.
func applicationID(ctx context.Context, s *discordgo.Session, apiBase string) (string, error) {
	var app discordgo.Application
	err := retry(ctx, func() error {
		body, err := s.RequestWithBucketID("GET", discordgo.EndpointOAuth2Application("@me"), nil, discordgo.EndpointOAuth2Application(""),
			discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		if err != nil {
			return err
		}
		if json.Unmarshal(body, &app) != nil {
			return errNotDiscord
		}
		return nil
	})
	if err != nil {
		return "", fmt.Errorf("discord: get application: %w", explainStart(err, apiBase))
	}
	if app.ID == "" {
		return "", errors.New("discord: get application: no id")
	}
	return app.ID, nil
}

// RegisterCommands registers Commands() without connecting to the
// gateway, as Run does at every start: in cfg.GuildID if set, else
// globally. It returns the application id.
func RegisterCommands(ctx context.Context, cfg Config, log *slog.Logger) (string, error) {
	token, client, err := prepare(cfg)
	if err != nil {
		return "", err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := restSession(token, client)
	appID, err := applicationID(ctx, s, cfg.APIBase)
	if err != nil {
		return "", err
	}
	return appID, register(ctx, s, appID, cfg.GuildID, cfg.APIBase, log)
}

// retry calls f again after each 429, waiting as long as Discord asks,
// unless that wait would outlast ctx.
func retry(ctx context.Context, f func() error) error {
	for n := 0; ; n++ {
		err := f()
		var rl *discordgo.RateLimitError
		if !errors.As(err, &rl) || rl.RateLimit == nil || rl.TooManyRequests == nil || n == maxRateLimitWaits {
			return err
		}
		wait := max(rl.RetryAfter, 10*time.Millisecond)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return err
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return err
		case <-t.C:
		}
	}
}

// tokenRejectedError is Discord refusing the bot token: only a new token
// helps.
type tokenRejectedError struct{}

func (tokenRejectedError) Error() string {
	return "Discord rejected DISCORD_TOKEN (401): reset it on the Bot page of the developer portal " +
		"(https://discord.com/developers/applications) and set the new one"
}

// errNotDiscord is an answer that is not what Discord sends.
var errNotDiscord = errors.New("the answer is not Discord's: if --discord-api is set, check that it points at Discord's API or a proxy of it")

// closeAuthenticationFailed is the gateway's close code for a bad token.
const closeAuthenticationFailed = 4004

// explainStart is redact for the calls that start the bot or register its
// commands, where the operator can fix what fails: a token Discord
// rejects, or Discord out of reach (naming what was tried: apiBase, the
// API base URL configured, or Discord's).
func explainStart(err error, apiBase string) error {
	var re *discordgo.RESTError
	var ce *websocket.CloseError
	var ue *url.Error
	var oe *net.OpError
	switch {
	case errors.As(err, &re) && re.Response != nil && re.Response.StatusCode == http.StatusUnauthorized,
		errors.As(err, &ce) && ce.Code == closeAuthenticationFailed:
		return tokenRejectedError{}
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.As(err, &ue):
		where := apiBase
		if where == "" {
			where = "https://discord.com"
			if u, perr := url.Parse(ue.URL); perr == nil {
				where = u.Scheme + "://" + u.Host // the path may hold a secret
			}
		}
		return fmt.Errorf("cannot reach Discord at %s (%v): %s", where, ue.Err, unreachableAdvice)
	case errors.As(err, &oe):
		return fmt.Errorf("cannot reach the Discord gateway (%v): %s", oe, unreachableAdvice)
	}
	return redact(err)
}

// unreachableAdvice is what to check when Discord cannot be reached.
const unreachableAdvice = "check the network and the firewall, HTTPS_PROXY if you need a proxy, and --discord-api if you set one"

// redact keeps secrets out of logged errors: a URL error names the URL,
// which for interactions holds the interaction token, and a rate-limit
// error names it too.
func redact(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s request: %w", strings.ToLower(ue.Op), ue.Err)
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return fmt.Errorf("rate limited, retry after %v", rl.RetryAfter)
	}
	return err
}

// rewrite sends the REST calls meant for Discord's API to another base URL.
type rewrite struct {
	from, to string
	next     http.RoundTripper
}

func newRewrite(base string, next http.RoundTripper) (*rewrite, error) {
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("discord: API base %q is not an http(s) URL", base)
	}
	return &rewrite{from: discordgo.EndpointAPI, to: strings.TrimSuffix(base, "/") + "/", next: next}, nil
}

func (t *rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	rest, ok := strings.CutPrefix(req.URL.String(), t.from)
	if !ok {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, fmt.Errorf("discord: %s is outside the API base", req.URL.Host)
	}
	u, err := url.Parse(t.to + rest)
	if err != nil {
		if req.Body != nil {
			req.Body.Close()
		}
		return nil, err
	}
	r := req.Clone(req.Context())
	r.URL = u
	r.Host = u.Host
	return t.next.RoundTrip(r)
}
