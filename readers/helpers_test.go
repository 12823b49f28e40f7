package readers

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
	_ "time/tzdata" // tests use Europe/Berlin and America/New_York
)

// writeFile writes content to name in a fresh temporary directory.
func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// render is a row as one comparable line: "line|error" for a rejected row,
// else "line|id|sent_at UTC|direction|body|opted".
func render(r *Row) string {
	if r.Err != nil {
		return fmt.Sprintf("%d|ERR %s", r.Pos.Line, r.Err)
	}
	rec := r.Record
	return fmt.Sprintf("%d|%s|%s|%s|%q|%v", r.Pos.Line, rec.MessageID,
		rec.SentAt.UTC().Format(time.RFC3339), rec.Direction, rec.Body, rec.OptedOut)
}

// readLog opens the paths and renders every row.
func readLog(t testing.TB, paths []string, opt Options) ([]string, []Input, error) {
	t.Helper()
	s, err := Open(paths, opt)
	if err != nil {
		return nil, nil, err
	}
	var got []string
	err = s.Rows(context.Background(), func(r *Row) error {
		if r.Err == nil && r.Record.Body == "" {
			t.Errorf("%v: accepted row without a body", r.Pos)
		}
		got = append(got, render(r))
		return nil
	})
	return got, s.Inputs(), err
}

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func diffLines(t *testing.T, got, want []string) {
	t.Helper()
	n := max(len(got), len(want))
	for i := 0; i < n; i++ {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Errorf("row %d:\n got %s\nwant %s", i, g, w)
		}
	}
}
