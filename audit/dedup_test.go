package audit

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/bsmaudit/bsmaudit/readers"
)

// TestDuplicates: the same export read twice, plus a repeat without a
// message ID. Each message counts once; repeats are rejected rows naming
// the row they repeat, and rows read = audited + rejected.
func TestDuplicates(t *testing.T) {
	a := out("m1", "A", "111-0000001-0000001", "2026-10-01 10:00", "Invoice", invoiceBody)
	b := out("m2", "A", "111-0000001-0000002", "2026-10-01 11:00", "Invoice", invoiceBody)
	noID := out("", "A", "111-0000001-0000003", "2026-10-01 12:00", "Invoice", invoiceBody)
	sameIDOtherText := out("m1", "A", "111-0000001-0000001", "2026-10-01 10:05", "Invoice", "A corrected text.")
	sameTextOtherID := out("m3", "A", "111-0000001-0000001", "2026-10-01 10:00", "Invoice", invoiceBody)
	otherAccount := out("m1", "B", "111-0000001-0000001", "2026-10-01 10:00", "Invoice", invoiceBody)
	var log rows
	for i, r := range []readers.Row{a, b, noID} {
		r.Pos = readers.Pos{File: "jan.csv", Line: i + 2}
		log = append(log, r)
	}
	for i, r := range []readers.Row{a, b, noID, sameIDOtherText, otherAccount, sameTextOtherID} {
		r.Pos = readers.Pos{File: "jan-again.csv", Line: i + 2}
		log = append(log, r)
	}
	var sink collect
	sum, err := Run(context.Background(), testPolicy(), log, Options{}, &sink)
	if err != nil {
		t.Fatal(err)
	}
	// Unique: m1, m2, the ID-less one (jan.csv), m1 of account B, m3 (its
	// own ID, however alike its text). Repeats: the three rows of
	// jan-again.csv that copy jan.csv, and the corrected m1 (same ID).
	if sum.Rows != (RowCounts{Read: 9, Audited: 5, Rejected: 4, Duplicates: 4}) {
		t.Errorf("rows %+v", sum.Rows)
	}
	want := []string{
		"jan-again.csv:2 duplicate of jan.csv:2 (same message ID)",
		"jan-again.csv:3 duplicate of jan.csv:3 (same message ID)",
		"jan-again.csv:4 duplicate of jan.csv:4 (same time, order and body)",
		"jan-again.csv:5 duplicate of jan.csv:2 (same message ID)",
	}
	if len(sink.rejects) != len(want) {
		t.Fatalf("rejects %+v", sink.rejects)
	}
	for i, w := range want {
		got := sink.rejects[i].Pos.String() + " " + sink.rejects[i].Reason
		if !strings.HasPrefix(got, w) {
			t.Errorf("reject %d: %q, want %q", i, got, w)
		}
	}
	if sum.Days[0].Outbound != 4 || sum.Days[1].Outbound != 1 {
		t.Errorf("days %+v: duplicates must not count towards the limit", sum.Days)
	}
	if !hasNote(sum, "4 rows repeat an earlier row") {
		t.Errorf("notes %q", sum.Notes)
	}
}

// TestDedupRanges: duplicates found across row ranges (the cursor loads
// one range of 65,536 rows at a time), with positions in sheets kept.
func TestDedupRanges(t *testing.T) {
	const half = 70000
	dir := t.TempDir()
	dd := newDedup(dir)
	defer dd.Close()
	for i := range uint32(2 * half) {
		n := i % half
		row := readers.Row{
			Pos:    readers.Pos{File: fmt.Sprint("export", i/half, ".xlsx"), Sheet: "Messages", Row: int(n) + 2},
			Record: readers.Record{MessageID: fmt.Sprint("m", n), Account: "A"},
		}
		if n%5 == 0 {
			row.Record.MessageID = "" // by content: time, order and body
			row.Record.Body = fmt.Sprint("body ", n)
		}
		if err := dd.add(i, &row); err != nil {
			t.Fatal(err)
		}
	}
	list, err := dd.resolve(dir, 2*half)
	if err != nil {
		t.Fatal(err)
	}
	defer list.Close()
	cur := list.cursor()
	found := 0
	for i := range uint32(2 * half) {
		d, ok := cur.at(i)
		if ok != (i >= half) {
			t.Fatalf("row %d: duplicate %v", i, ok)
		}
		if !ok {
			continue
		}
		found++
		want := duplicate{row: i, why: dupByID, first: readers.Pos{File: "export0.xlsx", Sheet: "Messages", Row: int(i-half) + 2}}
		if (i-half)%5 == 0 {
			want.why = dupByContent
		}
		if d != want {
			t.Fatalf("row %d: %+v, want %+v", i, d, want)
		}
	}
	if found != half || cur.err != nil {
		t.Errorf("%d duplicates (%v), want %d", found, cur.err, half)
	}
	list.Close()
	dd.Close()
	if left, _ := os.ReadDir(dir); len(left) > 0 {
		t.Errorf("%s left behind", left[0].Name())
	}
}
