// Package cli is backpainbot's command line: it parses flags and the
// environment, loads the knowledge, builds the index and the answerer, and
// runs the chosen front end. main only calls Run.
//
// It is the one package that wires the others together, so it is the one
// that imports package index next to package bot.
package cli
