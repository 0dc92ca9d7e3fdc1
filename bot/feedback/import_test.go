package feedback

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The package is policy over the store contract: no engine, no transport.
func TestImports(t *testing.T) {
	const mod = "github.com/backpainbot/backpainbot/"
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range f.Imports {
			imp, _ := strconv.Unquote(s.Path.Value)
			std := !strings.Contains(strings.Split(imp, "/")[0], ".")
			if !std && imp != mod+"knowledge" && imp != mod+"bot/store" {
				t.Errorf("%s imports %s: feedback may import the standard library, knowledge and bot/store only", file, imp)
			}
		}
	}
}
