package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// committed is where the sample lives, relative to this package.
const committed = "../../testdata/sample"

const regen = "run `go run ./internal/samplegen -o testdata/sample` from the module root and commit the result"

// TestCommittedSampleMatchesGenerator keeps the committed files and the
// generator from drifting apart.
func TestCommittedSampleMatchesGenerator(t *testing.T) {
	dir := t.TempDir()
	if _, err := generate(dir); err != nil {
		t.Fatalf("generate: %v", err)
	}
	for _, name := range []string{"messages.csv", "orders.txt", "README.md"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(committed, name))
		if err != nil {
			t.Fatalf("reading committed %s: %v (%s)", name, err, regen)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: generated %d bytes differ from the committed %d bytes; %s", name, len(got), len(want), regen)
		}
	}
}

// sampleOrder is what the invariants need from orders.txt.
type sampleOrder struct {
	account   string
	purchased time.Time
}

func readOrders(t *testing.T) map[string]sampleOrder {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(committed, "orders.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if got, want := lines[0], strings.Join(ordersHeader, "\t"); got != want {
		t.Fatalf("orders header = %q, want %q", got, want)
	}
	orders := map[string]sampleOrder{}
	for i, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != len(ordersHeader) {
			t.Fatalf("orders.txt line %d: %d fields, want %d", i+2, len(f), len(ordersHeader))
		}
		at, err := time.Parse(time.RFC3339, f[2])
		if err != nil {
			t.Fatalf("orders.txt line %d: %v", i+2, err)
		}
		if o, ok := orders[f[0]]; ok && (o.account != f[23] || !o.purchased.Equal(at)) {
			t.Fatalf("orders.txt line %d: item of %s disagrees with the order's first line", i+2, f[0])
		}
		orders[f[0]] = sampleOrder{f[23], at}
	}
	return orders
}

// TestSampleInvariants checks what the README promises, from the committed
// files alone: the header, the rejected rows, every order ID known and
// purchased before the message, and a clear limit breach on the blast day.
func TestSampleInvariants(t *testing.T) {
	orders := readOrders(t)
	f, err := os.Open(filepath.Join(committed, "messages.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(header, messagesHeader) {
		t.Fatalf("messages header = %q, want %q", header, messagesHeader)
	}
	var bad []int
	blastDayCount := 0
	var prev time.Time
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(messagesHeader) {
			bad = append(bad, line)
			continue
		}
		at, err := time.Parse(sentLayout, rec[1])
		if err != nil || rec[9] == "" {
			bad = append(bad, line)
			continue
		}
		if at.Before(prev) || at.Month() != time.October || at.Year() != 2026 {
			t.Errorf("line %d: %s is out of order or outside October 2026", line, rec[1])
		}
		prev = at
		o, ok := orders[rec[3]]
		switch {
		case !ok:
			t.Errorf("line %d: order %s is not in orders.txt", line, rec[3])
		case !o.purchased.Before(at):
			t.Errorf("line %d: message at %s is not after the purchase at %s", line, at, o.purchased)
		case o.account != rec[5]:
			t.Errorf("line %d: account %q, orders.txt says %q", line, rec[5], o.account)
		}
		if rec[2] == "outbound" && rec[5] == accountUS && at.Format(time.DateOnly) == "2026-10-20" {
			blastDayCount++
		}
	}
	if len(bad) < 1 || len(bad) > 5 {
		t.Errorf("rejectable rows at lines %v: want 1 to 5", bad)
	}
	readme, err := os.ReadFile(filepath.Join(committed, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range bad {
		if !strings.Contains(string(readme), "| "+strconv.Itoa(l)+" | MSG-") {
			t.Errorf("README does not list the bad row at line %d", l)
		}
	}

	day := time.Date(2026, 10, 20, 0, 0, 0, 0, time.UTC)
	n := 0
	for _, o := range orders {
		if o.account == accountUS && !o.purchased.Before(day.AddDate(0, 0, -30)) && o.purchased.Before(day) {
			n++
		}
	}
	avg := float64(n) / 30
	limit := 5*avg + 600
	if float64(blastDayCount) <= limit {
		t.Errorf("2026-10-20: %d outbound US messages, limit 5 x %.2f + 600 = %.2f: no breach", blastDayCount, avg, limit)
	}
	t.Logf("2026-10-20 %s: %d outbound, %d orders in window, avg %.2f, limit %.2f; bad rows at lines %v",
		accountUS, blastDayCount, n, avg, limit, bad)
}
