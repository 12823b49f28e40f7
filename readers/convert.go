package readers

import (
	"fmt"
	"strings"
	"time"
)

// converter turns the records of one file into Records.
type converter struct {
	unit    string // "line" (CSV) or "row" (XLSX), for row errors
	columns int    // fields in the header
	col     [len(fieldOrder)]int
	times   *timeParser
	errs    []string
}

// Indexes of converter.col, in fieldOrder.
const (
	iMessageID = iota
	iSentAt
	iDirection
	iOrderID
	iBuyerID
	iAccount
	iMarketplace
	iBuyerLanguage
	iSubject
	iBody
	iContactReason
	iStatus
	iOptedOut
	iThreadID
	iBuyerName
)

// fieldOrder indexes converter.col.
var fieldOrder = [...]Field{
	FieldMessageID, FieldSentAt, FieldDirection, FieldOrderID, FieldBuyerID,
	FieldAccount, FieldMarketplace, FieldBuyerLanguage, FieldSubject, FieldBody,
	FieldContactReason, FieldStatus, FieldOptedOut, FieldThreadID, FieldBuyerName,
}

func newConverter(columns int, m *mapping, loc *time.Location) *converter {
	c := &converter{unit: "line", columns: columns, times: newTimeParser(loc)}
	for i, f := range fieldOrder {
		c.col[i] = -1
		if j, ok := m.col[f]; ok {
			c.col[i] = j
		}
	}
	return c
}

// value returns the field's text, "" when the log has no column for it.
func (c *converter) value(rec []string, f int) string {
	if j := c.col[f]; j >= 0 && j < len(rec) {
		return rec[j]
	}
	return ""
}

// convert fills row.Record from rec, or row.Err with every reason the row
// cannot be read. Extra fields are accepted when they are all empty (a
// trailing delimiter on data lines is common in spreadsheet exports).
func (c *converter) convert(rec []string, line int, row *Row) {
	if len(rec) != c.columns && !(len(rec) > c.columns && allEmpty(rec[c.columns:])) {
		row.Err = fmt.Errorf("%s %d: %d fields, header has %d", c.unit, line, len(rec), c.columns)
		return
	}
	c.errs = c.errs[:0]
	r := &row.Record
	r.MessageID = c.value(rec, iMessageID)
	if v := c.value(rec, iSentAt); strings.TrimSpace(v) == "" {
		c.errs = append(c.errs, "sent_at is empty")
	} else if t, err := c.times.parse(v); err != nil {
		c.errs = append(c.errs, fmt.Sprintf("sent_at %q: %v", v, err))
	} else {
		r.SentAt = t
	}
	r.Direction = Outbound
	if c.col[iDirection] >= 0 {
		d, err := parseDirection(c.value(rec, iDirection))
		if err != nil {
			c.errs = append(c.errs, err.Error())
		}
		r.Direction = d
	}
	r.OrderID = c.value(rec, iOrderID)
	r.BuyerName = c.value(rec, iBuyerName)
	r.BuyerID = c.value(rec, iBuyerID)
	if c.col[iBuyerID] < 0 {
		r.BuyerID = r.BuyerName // the name is the only way to tell buyers apart
	}
	r.Account = c.value(rec, iAccount)
	r.Marketplace = c.value(rec, iMarketplace)
	r.BuyerLanguage = c.value(rec, iBuyerLanguage)
	r.Subject = c.value(rec, iSubject)
	r.Body = c.value(rec, iBody)
	if strings.TrimSpace(r.Body) == "" {
		c.errs = append(c.errs, "body is empty")
	}
	r.ContactReason = c.value(rec, iContactReason)
	r.Status = c.value(rec, iStatus)
	r.ThreadID = c.value(rec, iThreadID)
	if c.col[iOptedOut] >= 0 {
		o, err := parseOptedOut(c.value(rec, iOptedOut))
		if err != nil {
			c.errs = append(c.errs, err.Error())
		}
		r.OptedOut = o
	}
	if len(c.errs) > 0 {
		row.Err = rowError(strings.Join(c.errs, "; "))
	}
}

// rowError is the reason a row was rejected, in plain words.
type rowError string

func (e rowError) Error() string { return string(e) }

func allEmpty(fs []string) bool {
	for _, f := range fs {
		if strings.TrimSpace(f) != "" {
			return false
		}
	}
	return true
}
