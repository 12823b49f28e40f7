package main

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/readers"
	"github.com/xuri/excelize/v2"
)

// logFixtures are every data file under readers/testdata (all formats,
// the hostile ones included) and the sample log.
func logFixtures(t *testing.T) []string {
	t.Helper()
	files := []string{"../../testdata/sample/messages.csv"}
	root := "../../readers/testdata"
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "fuzz" {
			return filepath.SkipDir
		}
		switch filepath.Ext(p) {
		case ".csv", ".tsv", ".txt", ".xlsx", ".parquet", ".gz":
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// refused are the fixtures that are not message logs, and why the CLI
// refuses them.
var refused = map[string]string{
	"all_orders.tsv":                  "no column for sent_at",
	"orders_plain.csv":                "no column for sent_at",
	"orders.csv":                      "no column for sent_at",
	"orders_openpyxl.xlsx":            "no sheet has a header row",
	"orders_parquetgo_snappy.parquet": "no column for sent_at",
	"encrypted.xlsx":                  "password-protected",
}

// TestNothingLost: for every fixture, rows read = rows audited + rows
// rejected, the read count is what the readers yield on their own, and
// every rejected row (the readers' and the duplicates) is on the report's
// Rejected rows sheet with its reason; the Messages sheet has one row per
// audited message.
func TestNothingLost(t *testing.T) {
	for _, in := range logFixtures(t) {
		t.Run(filepath.Base(in), func(t *testing.T) {
			dir := t.TempDir()
			out, js := filepath.Join(dir, "r.xlsx"), filepath.Join(dir, "s.json")
			code, _, stderr := runCmd(t, "audit", in, "-o", out, "--json", js, "-q")
			if want, ok := refused[filepath.Base(in)]; ok {
				if code != exitUsage || !strings.Contains(stderr, want) {
					t.Errorf("exit %d, stderr %q; want 2 and %q", code, stderr, want)
				}
				return
			}
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			read, rejected := readIndependently(t, in)
			var sum struct {
				Rows struct{ Read, Audited, Rejected int }
			}
			b, err := os.ReadFile(js)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &sum); err != nil {
				t.Fatal(err)
			}
			rows := sum.Rows
			if rows.Read != len(read) || rows.Audited+rows.Rejected != rows.Read {
				t.Errorf("rows %+v; the readers yield %d", rows, len(read))
			}
			f, err := excelize.OpenFile(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			rej, err := f.GetRows("Rejected rows")
			if err != nil {
				t.Fatal(err)
			}
			var sources []string
			dups := 0
			for _, r := range rej[1:] {
				if len(r) < 2 || strings.TrimSpace(r[1]) == "" {
					t.Errorf("rejected row without a reason: %q", r)
					continue
				}
				sources = append(sources, r[0])
				if strings.HasPrefix(r[1], "duplicate of ") {
					dups++
				}
			}
			if len(sources) != rows.Rejected {
				t.Errorf("%d rows on Rejected rows, %d rejected", len(sources), rows.Rejected)
			}
			for _, pos := range rejected {
				if i := slices.Index(sources, pos); i < 0 {
					t.Errorf("rejected row %s is not on the Rejected rows sheet", pos)
				} else {
					sources = slices.Delete(sources, i, i+1)
				}
			}
			if len(sources) != dups {
				t.Errorf("%d rejected rows besides the readers', %d of them duplicates", len(sources), dups)
			}
			msgs, err := f.GetRows("Messages")
			if err != nil {
				t.Fatal(err)
			}
			if len(msgs)-1 != rows.Audited {
				t.Errorf("%d rows on Messages, %d audited", len(msgs)-1, rows.Audited)
			}
		})
	}
}

// readIndependently reads a log with the readers alone: every row's
// position, and the positions of the rejected ones.
func readIndependently(t *testing.T, path string) (read, rejected []string) {
	t.Helper()
	s, err := readers.Open([]string{path}, readers.Options{})
	if err != nil {
		t.Fatal(err)
	}
	err = s.Rows(context.Background(), func(r *readers.Row) error {
		read = append(read, r.Pos.String())
		if r.Err != nil {
			rejected = append(rejected, r.Pos.String())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return read, rejected
}

// mountFull mounts a tmpfs of size bytes on a fresh directory, or skips
// the test when mounting is not allowed (not root, no tmpfs).
func mountFull(t *testing.T, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "full")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs to fill (%v: %s); the full-disk test needs root", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	// Fill it: a filler file in its own directory takes every block.
	if err := os.Mkdir(filepath.Join(dir, "filler"), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(filepath.Join(dir, "filler", "f"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 512)
	for {
		if _, err := f.Write(block); err != nil {
			break
		}
	}
	return dir
}

// TestFullDisk: a report, an export or a JSON summary written to a full
// disk (a 64 KiB tmpfs, filled) ends in a clear error (exit 2, "no space left on device") and
// leaves nothing behind there: no report, no temporary file.
func TestFullDisk(t *testing.T) {
	full := mountFull(t, "64k")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"report", []string{"-o", filepath.Join(full, "report.xlsx")}},
		{"export", []string{"--no-report", "--export", filepath.Join(full, "rows.csv")}},
		{"json", []string{"--no-report", "--json", filepath.Join(full, "s.json")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, append(append([]string{}, sampleArgs...), append(tc.args, "-q")...)...)
			if code != exitUsage || !strings.Contains(stderr, "no space left on device") {
				t.Errorf("exit %d, stderr %q; want 2 and no space left on device", code, stderr)
			}
			left, _ := os.ReadDir(full)
			for _, e := range left {
				if e.Name() != "filler" {
					t.Errorf("left behind on the full disk: %s", e.Name())
				}
			}
		})
	}
	// Every output or none: an export that fits, then a summary that does
	// not, leaves no export behind either.
	t.Run("export then json", func(t *testing.T) {
		ok := t.TempDir()
		args := append(append([]string{}, sampleArgs...), "-q", "-o", filepath.Join(ok, "report.xlsx"),
			"--export", filepath.Join(ok, "rows.csv"), "--json", filepath.Join(full, "s.json"))
		if code, _, stderr := runCmd(t, args...); code != exitUsage {
			t.Errorf("exit %d, stderr %q; want 2", code, stderr)
		}
		if left, _ := os.ReadDir(ok); len(left) != 0 {
			t.Errorf("outputs left behind after a failed run: %v", left)
		}
	})
}
