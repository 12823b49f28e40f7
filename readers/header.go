package readers

import (
	"fmt"
	"sort"
	"strings"
)

// synonyms lists, per field, the headers people actually use for it in
// helpdesk and spreadsheet exports, most specific first: when two columns
// match the same field the one whose synonym comes first wins. Entries are
// compared after normalize, so "Sent At", "sent-at" and "SENT_AT" are one
// entry. The weak direction synonyms ("from", "type"...) are checked
// against the values; see weakSynonyms.
var synonyms = map[Field][]string{
	FieldMessageID: {"message_id", "message id", "msg id", "messageid", "email id", "mail id",
		"interaction id", "message uid", "id"},
	FieldSentAt: {"sent_at", "sent", "sent date", "date sent", "sent on", "send date", "sent time",
		"sent datetime", "message date", "message time", "email date", "timestamp", "datetime",
		"date time", "created at", "created on", "created", "date created", "creation date",
		"date", "time"},
	FieldDirection: {"direction", "message direction", "inbound/outbound", "in/out", "sender type",
		"author type", "sent by", "sender", "from", "author", "type"},
	FieldOrderID: {"order_id", "amazon-order-id", "amazon order id", "order number", "order no",
		"order #", "order ref", "order reference", "amazon order", "order"},
	FieldBuyerID: {"buyer_id", "customer id", "buyer", "customer",
		"buyer email", "customer email", "requester"},
	FieldAccount: {"account", "seller account", "seller name", "seller", "seller id", "merchant id",
		"store", "shop", "merchant", "brand"},
	FieldMarketplace:   {"marketplace", "sales channel", "marketplace id", "site", "channel", "market"},
	FieldBuyerLanguage: {"buyer_language", "buyer locale", "preferred language", "language of preference", "customer language", "language", "locale"},
	FieldSubject:       {"subject", "message subject", "email subject", "ticket subject", "conversation subject", "title"},
	FieldBody: {"body", "message body", "message text", "email body", "message content", "email content",
		"body text", "text body", "plain text", "message", "text", "content"},
	FieldContactReason: {"contact_reason", "reason", "reason code", "message type", "message category",
		"template", "template name", "category", "issue type"},
	FieldStatus: {"status", "delivery status", "message status", "email status", "sent status", "state"},
	FieldOptedOut: {"buyer_opted_out", "opted out", "buyer opted out", "buyer opt out", "opt out", "optout",
		"opt-out status", "unsubscribed", "unsubscribe", "do not contact"},
	FieldBuyerName: {"buyer_name", "buyer name", "customer name", "recipient", "recipient name",
		"ship to name", "shipping name", "buyer full name", "customer full name"},
	FieldThreadID: {"thread_id", "thread id", "conversation id", "ticket id", "case id", "thread",
		"conversation", "ticket number", "ticket", "case number", "case"},
}

// weakSynonyms are headers that name a direction only sometimes ("From"
// is often a name or an address, "Type" a message type): such a column is
// kept only when its values read as directions (see sampleDirection).
var weakSynonyms = map[string]bool{"sentby": true, "sender": true, "from": true, "type": true, "author": true}

// normalize folds a header for matching: lower case, without spaces, '-',
// '_', '.', '/' and byte order marks.
func normalize(h string) string {
	var b strings.Builder
	b.Grow(len(h))
	for _, r := range strings.ToLower(h) {
		switch r {
		case ' ', '\t', '-', '_', '.', '/', '\ufeff', '\u00a0':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// synonymIndex maps a normalized header to the fields it can mean and the
// rank of that synonym within each field's list.
type synonymIndex map[string][]fieldRank

type fieldRank struct {
	field Field
	rank  int
}

func newSynonymIndex(table map[Field][]string) synonymIndex {
	idx := synonymIndex{}
	for f, list := range table {
	next:
		for i, s := range list {
			n := normalize(s)
			for _, fr := range idx[n] {
				if fr.field == f {
					continue next // "message id" and "messageid" are one entry
				}
			}
			idx[n] = append(idx[n], fieldRank{f, i})
		}
	}
	return idx
}

var messageSynonyms = newSynonymIndex(synonyms)

// lookup returns the fields header h can mean. A header not found as
// written is tried again without a trailing parenthesised note, so
// "Date (UTC)" and "Sent (local time)" read as "Date" and "Sent".
func (idx synonymIndex) lookup(h string) []fieldRank {
	if frs, ok := idx[normalize(h)]; ok {
		return frs
	}
	t := strings.TrimSpace(h)
	if strings.HasSuffix(t, ")") {
		if i := strings.LastIndexByte(t, '('); i > 0 {
			return idx[normalize(t[:i])]
		}
	}
	return nil
}

// mapping is a resolved header: the column index of every field found.
type mapping struct {
	col     map[Field]int
	columns map[Field]string // for Input.Columns
	notes   []string
	// weakDirection is true when direction was mapped by a weak synonym.
	weakDirection bool
}

// drop forgets the field's column.
func (m *mapping) drop(f Field) {
	delete(m.col, f)
	delete(m.columns, f)
}

// mapHeader maps headers to fields: first the --map overrides, then the
// synonyms, the best-ranked synonym winning and the earliest column breaking
// ties. The fields list fixes the order notes are written in. It does not
// check required fields; see missingRequired.
func mapHeader(headers []string, idx synonymIndex, fields []Field, overrides map[Field]string) (*mapping, error) {
	m := &mapping{col: map[Field]int{}, columns: map[Field]string{}}
	taken := make([]bool, len(headers))
	for _, f := range sortedFields(overrides) {
		i, err := findColumn(headers, overrides[f])
		if err != nil {
			return nil, fmt.Errorf("--map %s=%q: %w", f, overrides[f], err)
		}
		m.col[f], m.columns[f], taken[i] = i, headers[i], true
	}
	type cand struct{ col, rank int }
	cands := map[Field][]cand{}
	for i, h := range headers {
		if taken[i] {
			continue
		}
		for _, fr := range idx.lookup(h) {
			if _, ok := m.col[fr.field]; ok {
				continue
			}
			cands[fr.field] = append(cands[fr.field], cand{i, fr.rank})
		}
	}
	for _, f := range fields {
		cs := cands[f]
		if len(cs) == 0 {
			continue
		}
		sort.SliceStable(cs, func(a, b int) bool { return cs[a].rank < cs[b].rank })
		var best cand
		found := false
		var ignored []string
		for _, c := range cs {
			if taken[c.col] {
				continue
			}
			if !found {
				best, found = c, true
				continue
			}
			ignored = append(ignored, fmt.Sprintf("%q", headers[c.col]))
		}
		if !found {
			continue
		}
		m.col[f], m.columns[f], taken[best.col] = best.col, headers[best.col], true
		if f == FieldDirection && weakSynonyms[normalize(headers[best.col])] {
			m.weakDirection = true
		}
		if len(ignored) > 0 {
			m.notes = append(m.notes, fmt.Sprintf(
				"%s: took column %q, ignored %s (use --map %s=COLUMN to choose another)",
				f, headers[best.col], strings.Join(ignored, ", "), f))
		}
	}
	return m, nil
}

// findColumn finds a --map column: the header as written, else the only
// header equal to it after normalize.
func findColumn(headers []string, name string) (int, error) {
	for i, h := range headers {
		if strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")) == strings.TrimSpace(name) {
			return i, nil
		}
	}
	n, found := normalize(name), -1
	for i, h := range headers {
		if normalize(h) == n {
			if found >= 0 {
				return 0, fmt.Errorf("several columns match; headers found: %s", quoteList(headers))
			}
			found = i
		}
	}
	if found < 0 {
		return 0, fmt.Errorf("no such column; headers found: %s", quoteList(headers))
	}
	return found, nil
}

// missingRequired returns the error for the first required field without
// a column, or nil.
func missingRequired(path string, headers []string, m *mapping, required []Field) error {
	for _, f := range required {
		if _, ok := m.col[f]; ok {
			continue
		}
		return fmt.Errorf("%s: no column for %s (required). Headers found: %s. Use --map %s=COLUMN, e.g. --map %s=%q.",
			path, f, quoteList(headers), f, f, suggest(headers, m, f))
	}
	return nil
}

// hints are header fragments that make a column a likely candidate for a
// field in the --map example of a missing-field error.
var hints = map[Field][]string{
	FieldSentAt:        {"date", "time", "when", "sent", "created"},
	FieldBody:          {"text", "body", "message", "content", "mail"},
	FieldOrderID:       {"order", "id"},
	FieldMessageID:     {"id"},
	FieldDirection:     {"direction", "from", "sender"},
	FieldContactReason: {"reason"},
}

// suggest picks a column to show in a --map example: an unmapped header
// that looks like the field, else the first unmapped header.
func suggest(headers []string, m *mapping, f Field) string {
	used := map[int]bool{}
	for _, i := range m.col {
		used[i] = true
	}
	for _, hint := range hints[f] {
		for i, h := range headers {
			if !used[i] && strings.Contains(strings.ToLower(h), hint) {
				return h
			}
		}
	}
	for i, h := range headers {
		if !used[i] && strings.TrimSpace(h) != "" {
			return h
		}
	}
	return "COLUMN"
}

// quoteList renders headers as "a", "b", ... (at most 40 of them).
func quoteList(headers []string) string {
	const max = 40
	var b strings.Builder
	for i, h := range headers {
		if i == max {
			fmt.Fprintf(&b, ", ... (%d more)", len(headers)-max)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", h)
	}
	return b.String()
}

func sortedFields(m map[Field]string) []Field {
	fs := make([]Field, 0, len(m))
	for f := range m {
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return fs[i] < fs[j] })
	return fs
}
