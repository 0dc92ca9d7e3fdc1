package discord

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/backpainbot/backpainbot/bot"
)

// An interaction's reply gets no message id from the response that posts
// it (over HTTP, the reply is the response body), so the same-passage rule
// finds it later, on whichever instance needs it, through the interaction:
// its application id and token, kept with the post for the rest of its
// minute. The token lets whoever holds it edit that one reply for 15
// minutes, so the store is to be kept as private as the bot's token.

// interactionRef is what finds an interaction's reply later.
func interactionRef(i *discordgo.Interaction) string {
	if i.AppID == "" || i.Token == "" {
		return ""
	}
	return i.AppID + "/" + i.Token
}

// newLocator returns the function that finds a post's link from its
// interactionRef, through Discord's API at base ("" for Discord's own):
// GET /webhooks/{application}/{token}/messages/@original, which needs no
// bot token, so the HTTP endpoint can call it too.
func newLocator(base string) func(context.Context, bot.Post) (string, error) {
	client, err := apiClient(base)
	if err != nil {
		// New has checked base already; an HTTP handler with a bad base
		// links nothing rather than fail.
		return func(context.Context, bot.Post) (string, error) { return "", err }
	}
	s := restSession("", client)
	return func(ctx context.Context, p bot.Post) (string, error) {
		appID, token, ok := strings.Cut(p.Ref, "/")
		if !ok || appID == "" || token == "" {
			return "", errors.New("discord: find the earlier reply: no interaction to find it by")
		}
		m, err := s.InteractionResponse(&discordgo.Interaction{AppID: appID, Token: token},
			discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
		if err != nil {
			return "", fmt.Errorf("discord: find the earlier reply: %w", redact(err))
		}
		return MessageLink(p.Guild, p.Channel, m.ID), nil
	}
}

// apiClient is an HTTP client for Discord's API at base ("" for Discord's
// own), with connections reused across calls.
func apiClient(base string) (*http.Client, error) {
	transport := http.DefaultTransport.(*http.Transport).Clone()
	// Interactions come in bursts: reuse connections to the API, and queue
	// requests rather than open a socket each (Discord speaks HTTP/2, where
	// one connection carries them all; this bounds the HTTP/1.1 case).
	transport.MaxIdleConnsPerHost = 64
	transport.MaxConnsPerHost = 64
	var rt http.RoundTripper = transport
	if base != "" {
		var err error
		if rt, err = newRewrite(base, transport); err != nil {
			return nil, err
		}
	}
	return &http.Client{Transport: rt, Timeout: sendTimeout}, nil
}
