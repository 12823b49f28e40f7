package readers

import (
	"reflect"
	"testing"
)

// TestHelpdeskHeaders: headers as helpdesk and spreadsheet exports write
// them map without --map; ambiguous ones say which column was taken.
func TestHelpdeskHeaders(t *testing.T) {
	tests := []struct {
		name    string
		headers []string
		want    map[Field]string
		notes   []string
	}{
		{"helpdesk ticket export",
			[]string{"Ticket ID", "Message ID", "Date", "Sender", "Order Number", "Customer Name", "Channel", "Subject", "Message", "Status"},
			map[Field]string{FieldThreadID: "Ticket ID", FieldMessageID: "Message ID", FieldSentAt: "Date", FieldDirection: "Sender",
				FieldOrderID: "Order Number", FieldBuyerName: "Customer Name", FieldMarketplace: "Channel", FieldSubject: "Subject",
				FieldBody: "Message", FieldStatus: "Status"}, nil},
		{"comment export", []string{"Conversation ID", "Created at", "Author", "Body"},
			map[Field]string{FieldThreadID: "Conversation ID", FieldSentAt: "Created at", FieldDirection: "Author", FieldBody: "Body"}, nil},
		{"spreadsheet", []string{"Timestamp", "From", "Text", "Opted out"},
			map[Field]string{FieldSentAt: "Timestamp", FieldDirection: "From", FieldBody: "Text", FieldOptedOut: "Opted out"}, nil},
		{"units in parentheses", []string{"Date (UTC)", "Message text", "Direction", "Case number"},
			map[Field]string{FieldSentAt: "Date (UTC)", FieldBody: "Message text", FieldDirection: "Direction", FieldThreadID: "Case number"}, nil},
		{"ambiguous", []string{"Date", "Sent", "Text", "Message", "Thread", "Ticket ID"},
			map[Field]string{FieldSentAt: "Sent", FieldBody: "Message", FieldThreadID: "Ticket ID"},
			[]string{
				`sent_at: took column "Sent", ignored "Date" (use --map sent_at=COLUMN to choose another)`,
				`body: took column "Message", ignored "Text" (use --map body=COLUMN to choose another)`,
				`thread_id: took column "Ticket ID", ignored "Thread" (use --map thread_id=COLUMN to choose another)`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := mapHeader(tt.headers, messageSynonyms, Fields, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m.columns, tt.want) {
				t.Errorf("columns\n got %v\nwant %v", m.columns, tt.want)
			}
			if !reflect.DeepEqual(m.notes, tt.notes) {
				t.Errorf("notes\n got %q\nwant %q", m.notes, tt.notes)
			}
		})
	}
}

// TestThreadIDMap: --map thread_id works and the value lands in ThreadID.
func TestThreadIDMap(t *testing.T) {
	maps, err := ParseMap([]string{"thread-id=Ref"})
	if err != nil || maps[FieldThreadID] != "Ref" {
		t.Fatalf("ParseMap: %v %v", maps, err)
	}
	p := writeFile(t, "a.csv", "Date,Body,Ref\n2026-10-01,hi,R-9\n")
	rows, _ := readRows(t, p, Options{Map: maps})
	if len(rows) != 1 || rows[0].Record.ThreadID != "R-9" {
		t.Errorf("rows %+v", rows)
	}
}
