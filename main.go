// Command backpainbot answers back-pain questions from curated articles, in
// Discord or in the terminal. See the README.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"github.com/backpainbot/backpainbot/bot/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := cli.Run(ctx, cli.Env{
		Args:            os.Args[1:],
		Getenv:          os.Getenv,
		Stdin:           os.Stdin,
		Stdout:          os.Stdout,
		Stderr:          os.Stderr,
		StdinIsTerminal: cli.StdinIsTerminal(os.Stdin),
	})
	stop()
	switch {
	case err == nil, cli.IsHelp(err):
	case cli.IsUsage(err):
		fmt.Fprintln(os.Stderr, "backpainbot:", err)
		os.Exit(2)
	default:
		fmt.Fprintln(os.Stderr, "backpainbot:", err)
		os.Exit(1)
	}
}
