package readers

import (
	"testing"
	"time"
)

func TestParseTimestamp(t *testing.T) {
	berlin := mustLoc(t, "Europe/Berlin")
	ny := mustLoc(t, "America/New_York")
	tests := []struct {
		in   string
		loc  *time.Location
		want string // RFC 3339 in UTC, or "" for an error
	}{
		// With an offset: the location does not matter.
		{"2026-10-03T14:22:05+00:00", berlin, "2026-10-03T14:22:05Z"},
		{"2026-10-03T14:22:05Z", nil, "2026-10-03T14:22:05Z"},
		{"2026-10-03T14:22:05.123456Z", nil, "2026-10-03T14:22:05.123456Z"},
		{"2026-10-03T16:22:05+02:00", ny, "2026-10-03T14:22:05Z"},
		{"2026-10-03 16:22:05+02:00", nil, "2026-10-03T14:22:05Z"},
		{"2026-10-03T16:22:05+0200", nil, "2026-10-03T14:22:05Z"},
		{"2026-10-03 16:22:05 +0200", nil, "2026-10-03T14:22:05Z"},
		{"2026-10-03 14:22:05+00", berlin, "2026-10-03T14:22:05Z"},
		{"2026-10-03 14:22:05 UTC", berlin, "2026-10-03T14:22:05Z"},
		{"2026-10-03T14:22Z", berlin, "2026-10-03T14:22:00Z"},
		// Without an offset: nil is UTC, else the location (DST-aware).
		{"2026-10-03 14:22:05", nil, "2026-10-03T14:22:05Z"},
		{"2026-10-03 14:22:05", berlin, "2026-10-03T12:22:05Z"},
		{"2026-12-03 14:22:05", berlin, "2026-12-03T13:22:05Z"},
		{"2026-10-03 14:22", ny, "2026-10-03T18:22:00Z"},
		{"2026-10-03T14:22:05", nil, "2026-10-03T14:22:05Z"},
		{"2026-10-03T14:22", nil, "2026-10-03T14:22:00Z"},
		{"2026-10-03 14:22:05.5", nil, "2026-10-03T14:22:05.5Z"},
		{"10/03/2026 14:22", nil, "2026-10-03T14:22:00Z"},
		{"10/03/2026 14:22:05", nil, "2026-10-03T14:22:05Z"},
		{"1/3/2026 9:05", nil, "2026-01-03T09:05:00Z"},
		{"10/03/2026 2:22 PM", nil, "2026-10-03T14:22:00Z"},
		{"10/03/2026 02:22:05 pm", nil, "2026-10-03T14:22:05Z"},
		{"10/03/2026 12:05 AM", nil, "2026-10-03T00:05:00Z"},
		{"03.10.2026 14:22", berlin, "2026-10-03T12:22:00Z"},
		{"3.1.2026 14:22:05", nil, "2026-01-03T14:22:05Z"},
		{"2026-10-03", berlin, "2026-10-02T22:00:00Z"},
		{"10/03/2026", nil, "2026-10-03T00:00:00Z"},
		{" 2026-10-03 14:22 ", nil, "2026-10-03T14:22:00Z"},
		// Not timestamps.
		{"31/31/2026", nil, ""},
		{"2026-02-30 10:00", nil, ""},
		{"2026-10-03 25:00", nil, ""},
		{"13/10/2026 10:00", nil, ""},
		{"yesterday", nil, ""},
		{"", nil, ""},
		{"1696342925", nil, ""},
	}
	for _, tt := range tests {
		got, err := newTimeParser(tt.loc).parse(tt.in)
		if tt.want == "" {
			if err == nil {
				t.Errorf("parse(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil {
			t.Errorf("parse(%q): %v", tt.in, err)
			continue
		}
		if s := got.UTC().Format(time.RFC3339Nano); s != tt.want {
			t.Errorf("parse(%q) in %v = %s, want %s", tt.in, tt.loc, s, tt.want)
		}
	}
}

func TestParseTimestampErrors(t *testing.T) {
	p := newTimeParser(nil)
	if _, err := p.parse("31/31/2026"); err != errNotTimestamp {
		t.Errorf("31/31/2026: %v", err)
	}
	if _, err := p.parse("13/10/2026 10:00"); err != errDayMonth {
		t.Errorf("13/10/2026: %v", err)
	}
}

// TestTimeParserMemory: the remembered layout speeds the next value up but
// never changes what a value means.
func TestTimeParserMemory(t *testing.T) {
	p := newTimeParser(nil)
	for _, s := range []string{"03.10.2026 14:22", "2026-10-03T14:22:05Z", "10/03/2026 14:22", "2026-10-03"} {
		got, err := p.parse(s)
		if err != nil {
			t.Fatal(err)
		}
		fresh, _ := newTimeParser(nil).parse(s)
		if !got.Equal(fresh) || timeLayouts[p.last].layout == "" {
			t.Errorf("%q: %v after memory, %v fresh", s, got, fresh)
		}
	}
}

func BenchmarkParseTimestamp(b *testing.B) {
	p := newTimeParser(nil)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := p.parse("2026-10-03 14:22:05"); err != nil {
			b.Fatal(err)
		}
	}
}
