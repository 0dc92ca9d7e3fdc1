package importer_test

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The importer sits beside the domain: the standard library, yaml.v3,
// package knowledge and the HTML parser, nothing of the bot's.
func TestImportRule(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		pf, err := parser.ParseFile(token.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range pf.Imports {
			imp, _ := strconv.Unquote(s.Path.Value)
			std := !strings.Contains(strings.SplitN(imp, "/", 2)[0], ".")
			if !std && imp != "gopkg.in/yaml.v3" && imp != "github.com/backpainbot/backpainbot/knowledge" && !strings.HasPrefix(imp, "golang.org/x/net/html") {
				t.Errorf("%s imports %q: the importer uses only the standard library, yaml.v3, knowledge and x/net/html", f, imp)
			}
		}
	}
}
