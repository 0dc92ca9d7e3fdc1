package fakediscord

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Discord publishes an OpenAPI description of its API (discord-api-spec,
// MIT). The project does not copy it: the fake uses the copy in shared/
// when it is there (beside the repository in CI) and skips validation
// when it is not. Its JSON-Schema parts validate the bodies the bot sends;
// the cross-field rules it lacks (the 6,000-character embed total, the
// command name pattern) are checked by the bot's own tests.

// specPaths are where the spec may be: shared/reference in the test's
// directory or any directory above it (CI puts shared/ beside the
// repository), nearest first.
func specPaths() []string {
	dir, err := os.Getwd()
	if err != nil {
		return nil
	}
	var paths []string
	for {
		paths = append(paths, filepath.Join(dir, "shared", "reference", "discord-openapi.json"))
		up := filepath.Dir(dir)
		if up == dir {
			return paths
		}
		dir = up
	}
}

const specURL = "file:///discord-openapi.json"

// specSchemas are the request bodies validated, by kind.
var specSchemas = map[string]string{
	"callback":     "#/paths/~1interactions~1{interaction_id}~1{interaction_token}~1callback/post/requestBody/content/application~1json/schema",
	"commands":     "#/paths/~1applications~1{application_id}~1guilds~1{guild_id}~1commands/put/requestBody/content/application~1json/schema",
	"message":      "#/components/schemas/MessageCreateRequest",
	"webhook_edit": "#/components/schemas/IncomingWebhookUpdateRequestPartial",
	"followup":     "#/paths/~1webhooks~1{webhook_id}~1{webhook_token}/post/requestBody/content/application~1json/schema",
}

// ErrNoSpec is what ValidateSpec's callers check to skip: the Discord
// OpenAPI description is not beside the repository.
var ErrNoSpec = errors.New("the Discord OpenAPI spec is not available")

// compiledSpec compiles the schemas once; it returns ErrNoSpec when the
// spec file is absent.
var compiledSpec = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	var data []byte
	for _, p := range specPaths() {
		if b, err := os.ReadFile(p); err == nil {
			data = b
			break
		}
	}
	if data == nil {
		return nil, ErrNoSpec
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parse spec: %w", err)
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(specURL, doc); err != nil {
		return nil, err
	}
	out := map[string]*jsonschema.Schema{}
	for kind, ptr := range specSchemas {
		// Braces are not allowed in a URL fragment as such.
		ptr = strings.NewReplacer("{", "%7B", "}", "%7D").Replace(ptr)
		s, err := c.Compile(specURL + ptr)
		if err != nil {
			return nil, fmt.Errorf("compile %s: %w", kind, err)
		}
		out[kind] = s
	}
	return out, nil
})

// SpecAvailable returns ErrNoSpec when the spec is absent, another error
// when it cannot be read, and nil when bodies are validated.
func SpecAvailable() error {
	_, err := compiledSpec()
	return err
}

// ValidateSpec validates a request body of a kind ("callback",
// "commands", "message", "webhook_edit", "followup"); it returns nil when
// the spec is absent.
func ValidateSpec(kind string, body []byte) error {
	schemas, err := compiledSpec()
	if errors.Is(err, ErrNoSpec) {
		return nil
	}
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	if kind == "commands" {
		permissionsAsNumbers(v)
	}
	return schemas[kind].Validate(v)
}

// permissionsAsNumbers reads each command's default_member_permissions, a
// string of digits, as the number it is. Discord documents the field as a
// string and takes one, and discordgo sends one; only the OpenAPI
// description says integer.
func permissionsAsNumbers(v any) {
	cmds, _ := v.([]any)
	for _, c := range cmds {
		m, _ := c.(map[string]any)
		if p, ok := m["default_member_permissions"].(string); ok && p != "" && strings.Trim(p, "0123456789") == "" {
			m["default_member_permissions"] = json.Number(p)
		}
	}
}

// specKind says which schema a recorded request's body follows ("" for
// none).
func specKind(method, path string) string {
	switch {
	case method == "POST" && strings.HasPrefix(path, "/api/v9/interactions/") && strings.HasSuffix(path, "/callback"):
		return "callback"
	case method == "PUT" && strings.HasSuffix(path, "/commands"):
		return "commands"
	case method == "POST" && strings.HasPrefix(path, "/api/v9/channels/") && strings.HasSuffix(path, "/messages"):
		return "message"
	case method == "PATCH" && strings.HasPrefix(path, "/api/v9/webhooks/"):
		return "webhook_edit"
	case method == "POST" && strings.HasPrefix(path, "/api/v9/webhooks/"):
		return "followup"
	}
	return ""
}
