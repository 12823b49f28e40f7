package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
)

// messagesHeader is the message log's header, exactly.
var messagesHeader = []string{
	"Message ID", "Sent At", "Direction", "Order ID", "Buyer ID", "Account", "Marketplace",
	"Buyer Language", "Subject", "Body", "Contact Reason", "Status", "Buyer Opted Out",
}

const sentLayout = "2006-01-02 15:04:05"

// writeMessages writes the log as RFC 4180 CSV with LF line ends, and
// records the line each row starts on (bodies span several lines).
func writeMessages(w io.Writer, msgs []*msg) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.Write(messagesHeader); err != nil {
		return fmt.Errorf("writing header: %w", err)
	}
	line := 2
	for _, m := range msgs {
		cw.Flush()
		start := buf.Len()
		m.Line = line
		if err := cw.Write(m.fields()); err != nil {
			return fmt.Errorf("writing %s: %w", m.ID, err)
		}
		cw.Flush()
		line += bytes.Count(buf.Bytes()[start:], []byte("\n"))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing messages: %w", err)
	}
	_, err := w.Write(buf.Bytes())
	return err
}

func (m *msg) fields() []string {
	dir, contact := "outbound", m.Contact
	if m.Inbound {
		dir, contact = "inbound", ""
	}
	at := m.At.Format(sentLayout)
	if m.RawAt != "" {
		at = m.RawAt
	}
	f := []string{
		m.ID, at, dir, m.O.ID, m.O.Buyer.ID, m.O.Account, m.O.Market,
		m.O.Buyer.Lang, m.Subj, m.Body, contact, m.Status, strconv.FormatBool(m.O.Buyer.OptedOut),
	}
	if m.Short {
		f = append(f[:6:6], f[7:]...)
	}
	return f
}
