package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// arenaRows are rows of the kinds the streamed sheets hold: text that
// needs escaping, dates, styled cells and a link formula.
func arenaRows(t *testing.T) [][]any {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Fatal(err)
	}
	return [][]any{
		{"plain", " lead", `<a href="x">&'</a>`, "é ü 日本語 🎉", "_x000D_ literal", "line\nfeed"},
		{time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC), time.Date(2025, 6, 1, 8, 15, 30, 123e6, berlin),
			time.Date(1899, 6, 1, 0, 0, 0, 0, time.UTC), nil, 42, 1.5},
		{excelize.Cell{StyleID: 3, Value: "cell"}, excelize.Cell{StyleID: 2, Value: time.Date(2025, 2, 3, 0, 0, 0, 0, time.UTC)},
			excelize.Cell{StyleID: 5, Value: "m1", Formula: `HYPERLINK("#'Messages'!A7","m1")`}, excelize.Cell{StyleID: 4}},
	}
}

// boxed is row as a rowArena boxes it: pointers to its strings, times and
// cells.
func boxed(row []any) []any {
	c := &cells{arena: new(rowArena)}
	out := make([]any, len(row))
	var box func(v any) any
	box = func(v any) any {
		switch v := v.(type) {
		case string:
			return c.str(v)
		case time.Time:
			return c.timeValue(v)
		case excelize.Cell:
			return c.cell(v.StyleID, v.Formula, box(v.Value))
		}
		return v
	}
	for i, v := range row {
		out[i] = box(v)
	}
	return out
}

// TestRowXMLArenaPointers: a row whose values a rowArena boxed as pointers
// encodes to the same XML as the plain values.
func TestRowXMLArenaPointers(t *testing.T) {
	enc := newRowXML(6, []int{0, 7}, func() (int, error) { return 9, nil })
	for i, row := range arenaRows(t) {
		want, err := enc.appendRow(nil, i+2, row)
		if err != nil {
			t.Fatal(err)
		}
		p := boxed(row)
		if _, ok := p[0].(*string); !ok && i == 0 {
			t.Fatalf("boxed(%T) = %T, want a pointer", row[0], p[0])
		}
		got, err := enc.appendRow(nil, i+2, p)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("row %d:\n got %s\nwant %s", i+2, got, want)
		}
	}
}

// TestSpoolArenaPointers: the spool stores the values a rowArena's
// pointers point to and replays them, boxed by an arena of its own.
func TestSpoolArenaPointers(t *testing.T) {
	sp, err := newSpool(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer sp.remove()
	rows := arenaRows(t)
	for _, row := range rows {
		if err := sp.put(boxed(row)); err != nil {
			t.Fatal(err)
		}
	}
	i := 0
	err = sp.replay(func(got []any) error {
		want := rows[i]
		i++
		if len(got) != len(want) {
			t.Fatalf("row %d has %d values, want %d", i, len(got), len(want))
		}
		for j := range want {
			if !sameValue(plain(got[j]), want[j]) {
				t.Errorf("row %d value %d = %#v, want %#v", i, j, got[j], want[j])
			}
		}
		return nil
	})
	if err != nil || i != len(rows) {
		t.Fatalf("replayed %d rows, err %v", i, err)
	}
}

// plain is the value an arena's pointer points to.
func plain(v any) any {
	switch v := v.(type) {
	case *string:
		return *v
	case *time.Time:
		return *v
	case *excelize.Cell:
		return excelize.Cell{StyleID: v.StyleID, Formula: v.Formula, Value: plain(v.Value)}
	}
	return v
}

// sameValue compares cell values, times by wall clock (what the spool
// keeps).
func sameValue(a, b any) bool {
	if ca, ok := a.(excelize.Cell); ok {
		cb, ok := b.(excelize.Cell)
		return ok && ca.StyleID == cb.StyleID && ca.Formula == cb.Formula && sameValue(ca.Value, cb.Value)
	}
	if ta, ok := a.(time.Time); ok {
		tb, ok := b.(time.Time)
		return ok && ta.Format(time.DateTime+".000") == tb.Format(time.DateTime+".000")
	}
	return reflect.DeepEqual(a, b)
}

// TestArenaFull: a row with more values than the arena holds gets plain
// values for the rest, and reset frees the slots.
func TestArenaFull(t *testing.T) {
	c := &cells{arena: new(rowArena)}
	var last any
	for range len(c.arena.strs) + 1 {
		last = c.str("x")
	}
	if s, ok := last.(string); !ok || s != "x" {
		t.Errorf("value past the arena = %#v, want the plain string", last)
	}
	c.arena.reset()
	if _, ok := c.str("y").(*string); !ok {
		t.Error("after reset, str does not use the arena")
	}
}

// TestRowXMLCleanText: text that went through cellText, boxed as a
// cleanText (escaped without checking its runes again), encodes as the
// same text given as a plain string.
func TestRowXMLCleanText(t *testing.T) {
	enc := newRowXML(2, nil, func() (int, error) { return 9, nil })
	for _, in := range []string{"plain", "é ü 日本語 🎉", "bad\xffutf8\ufffe", "ctl\x01\x0b\x7f", "日本\ufffe語 end\uffff",
		"cut\xef\xbf", `<a href="x">&'</a>` + "\t\r\n", "_x000D_ literal", strings.Repeat("🎉", 16400)} {
		s := cellText(in)
		want, err := enc.appendRow(nil, 2, []any{s, excelize.Cell{StyleID: 3, Value: s}})
		if err != nil {
			t.Fatal(err)
		}
		c := &cells{arena: new(rowArena)}
		v := c.clean(s)
		if _, ok := v.(*cleanText); !ok {
			t.Fatalf("clean gave a %T", v)
		}
		got, err := enc.appendRow(nil, 2, []any{v, c.cell(3, "", c.clean(s))})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%q:\n got %.300s\nwant %.300s", in, got, want)
		}
	}
}
