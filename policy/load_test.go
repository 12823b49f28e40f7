package policy

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLoadValid loads every policy under testdata/valid and runs its examples.
func TestLoadValid(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "valid", "*.yaml"))
	if len(files) == 0 {
		t.Fatal("no valid test policies")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			p, err := Load(f)
			if err != nil {
				t.Fatal(err)
			}
			if p.Name == "" || len(p.SHA256) != 64 || len(p.Rules) == 0 {
				t.Errorf("policy %q sha %q rules %d", p.Name, p.SHA256, len(p.Rules))
			}
			for _, err := range p.Check() {
				t.Error(err)
			}
		})
	}
}

// TestLoadInvalid loads every policy under testdata/invalid; the first line
// of each file is "# error: <substring of the expected error>".
func TestLoadInvalid(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "invalid", "*.yaml"))
	if len(files) == 0 {
		t.Fatal("no invalid test policies")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			want := expectedError(t, f)
			_, err := Load(f)
			if err == nil {
				t.Fatalf("loaded without error, want %q", want)
			}
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error\n  %v\nwant it to contain\n  %s", err, want)
			}
		})
	}
}

func expectedError(t *testing.T, path string) string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	line, _ := bufio.NewReader(f).ReadString('\n')
	want, ok := strings.CutPrefix(strings.TrimSpace(line), "# error: ")
	if !ok {
		t.Fatalf("%s: first line must be '# error: <expected>'", path)
	}
	return want
}

func TestLoadMissingFile(t *testing.T) {
	if _, err := Load(filepath.Join("testdata", "nope.yaml")); err == nil || !strings.Contains(err.Error(), "nope.yaml") {
		t.Errorf("err = %v", err)
	}
}

// TestParseIdentity: the digest is of the bytes, so any edit changes it.
func TestParseIdentity(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "valid", "minimal.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse("a.yaml", data)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("b.yaml", append(data, []byte("# edited\n")...))
	if err != nil {
		t.Fatal(err)
	}
	if a.SHA256 == b.SHA256 || a.Name != "minimal" || a.Version != "1" || string(a.Source) != string(data) {
		t.Errorf("identity: %s %s %q %q", a.SHA256, b.SHA256, a.Name, a.Version)
	}
}
