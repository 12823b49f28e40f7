package readers

import (
	"fmt"
	"time"
)

// Direction says who wrote a message.
type Direction uint8

const (
	// Outbound is seller to buyer: every outbound message is classified.
	Outbound Direction = iota
	// Inbound is buyer to seller: used for reply detection and response time.
	Inbound
)

func (d Direction) String() string {
	if d == Inbound {
		return "inbound"
	}
	return "outbound"
}

// Record is one message of a log, mapped to bsmaudit's fields (CLI.md "Fields").
// Text fields are kept as read; only SentAt, Direction and OptedOut are parsed.
type Record struct {
	MessageID     string
	SentAt        time.Time
	Direction     Direction
	OrderID       string
	BuyerID       string
	Account       string
	Marketplace   string
	BuyerLanguage string
	Subject       string
	Body          string
	ContactReason string
	// Status is the exporter's delivery status as written (delivered, blocked, ...);
	// audit interprets it.
	Status   string
	OptedOut bool
	// ThreadID is the exporter's conversation, ticket or case id, "" when
	// the log has none.
	ThreadID string
	// BuyerName is the buyer's name as the log writes it, "" when the log
	// has no such column (see FieldBuyerName).
	BuyerName string
}

// Pos is where a row came from: a CSV line, an XLSX sheet row or a Parquet row.
type Pos struct {
	File  string
	Line  int    // CSV/TSV: the 1-based line where the record starts
	Sheet string // XLSX: the sheet name; Row is then the 1-based sheet row
	Row   int    // XLSX sheet row, or Parquet 1-based row number when Sheet is empty and Line is 0
}

// String renders the position as CLI.md's source column: file:line,
// file:Sheet!row or file#row.
func (p Pos) String() string {
	switch {
	case p.Line > 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	case p.Sheet != "":
		return fmt.Sprintf("%s:%s!%d", p.File, p.Sheet, p.Row)
	case p.Row > 0:
		return fmt.Sprintf("%s#%d", p.File, p.Row)
	}
	return p.File
}

// Row is what a reader yields for every data row of a log: a Record, or,
// when Err is not nil, the reason the row could not be read. A rejected row
// is never dropped: the engine counts it and the report lists it.
type Row struct {
	Pos    Pos
	Record Record
	Err    error
}

// Input describes one file that was read, for the report's list of inputs.
type Input struct {
	Path     string
	Format   string // csv, tsv, xlsx, parquet, orders-tsv ...
	Encoding string // utf-8, utf-8 (BOM), utf-16le, windows-1252 ...
	// Columns maps each field that was found to the header it was taken from.
	Columns      map[Field]string
	RowsRead     int
	RowsRejected int
	// Notes are things a user should know about how the file was read
	// (an ambiguous header, an assumed encoding).
	Notes []string
}

// Order is one order line of an orders export. Amazon's All Orders Report has
// one row per order item: the same ID may appear several times.
type Order struct {
	ID          string
	PurchasedAt time.Time
	Account     string
	Marketplace string
	Status      string
}

// OrderRow is what the orders reader yields: an Order, or a rejection.
type OrderRow struct {
	Pos   Pos
	Order Order
	Err   error
}
