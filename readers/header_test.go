package readers

import (
	"reflect"
	"strings"
	"testing"
)

func TestMapHeader(t *testing.T) {
	tests := []struct {
		name      string
		headers   []string
		overrides map[Field]string
		want      map[Field]string
		notes     []string
	}{
		{
			name:    "canonical names",
			headers: []string{"message_id", "sent_at", "direction", "order_id", "buyer_id", "account", "marketplace", "buyer_language", "subject", "body", "contact_reason", "status", "buyer_opted_out"},
			want: map[Field]string{FieldMessageID: "message_id", FieldSentAt: "sent_at", FieldDirection: "direction", FieldOrderID: "order_id",
				FieldBuyerID: "buyer_id", FieldAccount: "account", FieldMarketplace: "marketplace", FieldBuyerLanguage: "buyer_language",
				FieldSubject: "subject", FieldBody: "body", FieldContactReason: "contact_reason", FieldStatus: "status", FieldOptedOut: "buyer_opted_out"},
		},
		{
			name:    "spreadsheet spellings",
			headers: []string{"\ufeffMsg-ID", "Date Sent", "Sent By", "amazon-order-id", "Customer ID", "Store", "sales-channel", "Preferred Language", "Title", "Message Body", "Template", "Delivery Status", "Unsubscribed"},
			want: map[Field]string{FieldMessageID: "\ufeffMsg-ID", FieldSentAt: "Date Sent", FieldDirection: "Sent By", FieldOrderID: "amazon-order-id",
				FieldBuyerID: "Customer ID", FieldAccount: "Store", FieldMarketplace: "sales-channel", FieldBuyerLanguage: "Preferred Language",
				FieldSubject: "Title", FieldBody: "Message Body", FieldContactReason: "Template", FieldStatus: "Delivery Status", FieldOptedOut: "Unsubscribed"},
		},
		{
			name:    "odd separators",
			headers: []string{"SENT.AT", "message/body", "ORDER_NUMBER"},
			want:    map[Field]string{FieldSentAt: "SENT.AT", FieldBody: "message/body", FieldOrderID: "ORDER_NUMBER"},
		},
		{
			name:    "type is a weak direction (values checked by Open); unknown headers ignored",
			headers: []string{"Type", "Created", "Text", "Notes"},
			want:    map[Field]string{FieldSentAt: "Created", FieldBody: "Text", FieldDirection: "Type"},
		},
		{
			name:    "ambiguous: better synonym wins, note names both",
			headers: []string{"Date", "Sent At", "Body", "Message", "Text"},
			want:    map[Field]string{FieldSentAt: "Sent At", FieldBody: "Body"},
			notes: []string{
				`sent_at: took column "Sent At", ignored "Date" (use --map sent_at=COLUMN to choose another)`,
				`body: took column "Body", ignored "Message", "Text" (use --map body=COLUMN to choose another)`,
			},
		},
		{
			name:    "ambiguous: same synonym, earliest column wins",
			headers: []string{"date", "body", "DATE"},
			want:    map[Field]string{FieldSentAt: "date", FieldBody: "body"},
			notes:   []string{`sent_at: took column "date", ignored "DATE" (use --map sent_at=COLUMN to choose another)`},
		},
		{
			name:      "--map overrides and frees the column from other fields",
			headers:   []string{"When", "Sent At", "Reason", "Body"},
			overrides: map[Field]string{FieldSentAt: "When", FieldBody: "reason"},
			want:      map[Field]string{FieldSentAt: "When", FieldBody: "Reason"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := mapHeader(tt.headers, messageSynonyms, Fields, tt.overrides)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(m.columns, tt.want) {
				t.Errorf("columns:\n got %v\nwant %v", m.columns, tt.want)
			}
			if !reflect.DeepEqual(m.notes, tt.notes) {
				t.Errorf("notes:\n got %q\nwant %q", m.notes, tt.notes)
			}
			for f, i := range m.col {
				if tt.headers[i] != m.columns[f] {
					t.Errorf("%s: col %d is %q, columns says %q", f, i, tt.headers[i], m.columns[f])
				}
			}
		})
	}
}

func TestMapHeaderErrors(t *testing.T) {
	headers := []string{"When", "Text", "From"}
	_, err := mapHeader(headers, messageSynonyms, Fields, map[Field]string{FieldSentAt: "Created"})
	want := `--map sent_at="Created": no such column; headers found: "When", "Text", "From"`
	if err == nil || err.Error() != want {
		t.Errorf("missing --map column:\n got %v\nwant %s", err, want)
	}

	m, err := mapHeader(headers, messageSynonyms, Fields, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = missingRequired("messages.csv", headers, m, Required)
	want = `messages.csv: no column for sent_at (required). Headers found: "When", "Text", "From". Use --map sent_at=COLUMN, e.g. --map sent_at="When".`
	if err == nil || err.Error() != want {
		t.Errorf("missing sent_at:\n got %v\nwant %s", err, want)
	}

	m, _ = mapHeader([]string{"Date", "Notes", "Comment"}, messageSynonyms, Fields, nil)
	err = missingRequired("m.csv", []string{"Date", "Notes", "Comment"}, m, Required)
	want = `m.csv: no column for body (required). Headers found: "Date", "Notes", "Comment". Use --map body=COLUMN, e.g. --map body="Notes".`
	if err == nil || err.Error() != want {
		t.Errorf("missing body:\n got %v\nwant %s", err, want)
	}
}

func TestParseMap(t *testing.T) {
	got, err := ParseMap([]string{"sent_at=Sent Date", "Buyer-Opted-Out=opt = out", " body =Text"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[Field]string{FieldSentAt: "Sent Date", FieldOptedOut: "opt = out", FieldBody: "Text"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	bad := []struct{ value, want string }{
		{"sent_at", `--map "sent_at": want FIELD=COLUMN`},
		{"when=Date", `--map "when=Date": unknown field "when" (fields: message_id, sent_at,`},
		{"body=", `--map "body=": the column name is empty`},
	}
	for _, b := range bad {
		if _, err := ParseMap([]string{b.value}); err == nil || !strings.HasPrefix(err.Error(), b.want) {
			t.Errorf("ParseMap(%q) = %v, want prefix %q", b.value, err, b.want)
		}
	}
	if _, err := ParseMap([]string{"body=A", "body=B"}); err == nil || !strings.Contains(err.Error(), `body is already mapped to "A"`) {
		t.Errorf("duplicate field: %v", err)
	}
}

// TestSynonymsUnique guards the synonym table: a header must not mean two
// fields, or mapping would depend on the order fields are tried in.
func TestSynonymsUnique(t *testing.T) {
	for n, frs := range messageSynonyms {
		if len(frs) > 1 {
			t.Errorf("header %q is a synonym of several fields: %v", n, frs)
		}
	}
	for n, frs := range orderSynonyms {
		if len(frs) > 1 {
			t.Errorf("orders header %q is a synonym of several fields: %v", n, frs)
		}
	}
}
