package policy

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

//go:embed default.yaml
var defaultYAML []byte

var defaultPolicy = sync.OnceValue(func() *Policy {
	p, err := Parse("default.yaml", defaultYAML)
	if err != nil {
		panic("policy: the embedded default policy is invalid: " + err.Error())
	}
	return p
})

// Default returns the embedded default policy. It panics only if the
// embedded file is invalid, which TestDefault rules out.
func Default() *Policy { return defaultPolicy() }

// DefaultSource returns the embedded default policy file, for `policy show`
// and as a starting point for a custom policy.
func DefaultSource() []byte { return bytes.Clone(defaultYAML) }

// maxPolicyBytes bounds a policy file: the default is about 40 KB, and a
// file is read whole.
const maxPolicyBytes = 16 << 20

// Load reads and compiles a policy file.
func Load(path string) (*Policy, error) {
	if st, err := os.Stat(path); err == nil && st.Size() > maxPolicyBytes {
		return nil, fmt.Errorf("reading policy: %s is %d MiB, more than the %d MiB a policy file may have; is it the right file?", path, st.Size()>>20, maxPolicyBytes>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading policy: %w", err)
	}
	return Parse(filepath.Base(path), data)
}

// FileError is a policy error: file, line (0 when unknown), rule id (when the
// error belongs to a rule) and what is wrong. It renders as
// "custom.yaml:14: rule review-en: invalid regex ...".
type FileError struct {
	File string
	Line int
	Rule string
	Err  error
}

func (e *FileError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		b.WriteString(":" + strconv.Itoa(e.Line))
	}
	b.WriteString(": ")
	if e.Rule != "" {
		b.WriteString("rule " + e.Rule + ": ")
	}
	b.WriteString(e.Err.Error())
	return b.String()
}

func (e *FileError) Unwrap() error { return e.Err }

// Parse decodes and compiles a policy. name is the file name used in errors.
// All problems found are returned together (errors.Join of *FileError).
func Parse(name string, data []byte) (*Policy, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &FileError{File: name, Err: errors.New("empty policy file")}
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, yamlError(name, err, lines{})
	}
	ls := newLines(&doc)
	var raw rawPolicy
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&raw); err != nil {
		if err == io.EOF {
			return nil, &FileError{File: name, Err: errors.New("empty policy file")}
		}
		return nil, yamlError(name, err, ls)
	}
	c := &compiler{file: name, lines: ls}
	hashed := data
	if len(raw.Overrides) > 0 && raw.Extends == "" {
		return nil, &FileError{File: name, Line: ls.of("overrides"), Err: errors.New("overrides need extends: default")}
	}
	if raw.Extends != "" {
		if err := c.extend(&raw); err != nil {
			return nil, err
		}
		hashed = append(bytes.Clone(defaultYAML), data...)
	}
	p := c.compile(&raw)
	if len(c.errs) > 0 {
		return nil, errors.Join(c.errs...)
	}
	sum := sha256.Sum256(hashed)
	p.SHA256 = hex.EncodeToString(sum[:])
	p.Source = bytes.Clone(data)
	p.file = name
	return p, nil
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// yamlError turns the YAML decoder's "line 14: field x not found in type
// policy.rawRule" into "custom.yaml:14: field x not found (...)".
func yamlError(name string, err error, ls lines) error {
	var msgs []string
	var te *yaml.TypeError
	if errors.As(err, &te) {
		msgs = te.Errors
	} else {
		msgs = []string{err.Error()}
	}
	var errs []error
	for _, m := range msgs {
		e := &FileError{File: name, Err: errors.New(strings.TrimPrefix(m, "yaml: "))}
		if sm := yamlLine.FindStringSubmatch(m); sm != nil {
			e.Line, _ = strconv.Atoi(sm[1])
			e.Rule = ls.ruleAt(e.Line)
			e.Err = errors.New(friendlyYAML(sm[2]))
		}
		errs = append(errs, e)
	}
	return errors.Join(errs...)
}

// friendlyYAML rewords the decoder's Go type names into the file's terms.
func friendlyYAML(m string) string {
	if f, typ, ok := strings.Cut(m, " not found in type "); ok {
		section := strings.TrimPrefix(typ, "policy.raw")
		return fmt.Sprintf("unknown key %s (in a %s; see policy/README.md for the keys)",
			strings.TrimPrefix(f, "field "), strings.ToLower(section))
	}
	return m
}
