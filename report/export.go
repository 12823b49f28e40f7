package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/readers"
)

// exportColumns are the --export columns of CLI.md, in order: a stable
// interface for scripts.
var exportColumns = []string{
	"message_id", "source", "sent_at", "direction", "account", "order_id",
	"class", "reason", "findings", "detected_language", "blocked_reason",
}

// Export streams one row per message with its verdict, as CSV, JSONL or
// Parquet by the file's extension. It implements audit.Sink; the file appears, whole,
// at Close.
type Export struct {
	out    *atomicFile
	buf    *bufio.Writer
	enc    encoder
	row    []string
	closed bool
}

var _ audit.Sink = (*Export)(nil)

// encoder writes one record of exportColumns; sentAt is row[2] as a time
// for the formats that have a timestamp type.
type encoder interface {
	write(row []string, sentAt time.Time) error
	flush() error
}

// NewExport creates the export at path: .csv, .jsonl or .parquet
// (case-insensitive). It refuses a path that is one of inputs, if given.
func NewExport(path string, inputs ...string) (*Export, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case ".csv", ".jsonl", ".parquet":
	default:
		return nil, fmt.Errorf("export %s: unknown format %q: use a .csv, .jsonl or .parquet file name", path, ext)
	}
	if err := checkTarget(path, inputs); err != nil {
		return nil, err
	}
	out, err := createAtomic(path)
	if err != nil {
		return nil, err
	}
	e := &Export{out: out, buf: bufio.NewWriterSize(out, 256<<10), row: make([]string, len(exportColumns))}
	switch ext {
	case ".csv":
		e.enc = &csvEncoder{w: csv.NewWriter(e.buf)}
		err = e.enc.write(exportColumns, time.Time{})
	case ".jsonl":
		e.enc = &jsonlEncoder{w: e.buf}
	default:
		e.enc, err = newParquetEncoder(e.buf)
	}
	if err != nil {
		_ = out.abort()
		return nil, fmt.Errorf("writing %s: %w", path, err)
	}
	return e, nil
}

// Message writes m's row. Inbound rows have an empty class and reason.
func (e *Export) Message(m *audit.Message) error {
	if e.closed {
		return errors.New("export: Message after Close")
	}
	r := &m.Record
	row := e.row
	row[0], row[1], row[2] = r.MessageID, m.Pos.String(), exportTime(r.SentAt)
	row[3], row[4], row[5] = r.Direction.String(), r.Account, r.OrderID
	row[6], row[7], row[8], row[9] = "", "", "", ""
	if r.Direction == readers.Outbound {
		v := &m.Verdict
		row[6], row[7], row[8], row[9] = string(v.Class), v.Reason, findingCodes(v.Findings), v.Language
	}
	row[10] = m.BlockedReason
	if err := e.enc.write(row, r.SentAt); err != nil {
		return fmt.Errorf("writing %s: %w", e.out.path, err)
	}
	return nil
}

// Reject does nothing: rejected rows are not exported (the report and the
// JSON summary count them).
func (e *Export) Reject(*audit.Rejection) error { return nil }

// Close finishes the file and moves it into place.
func (e *Export) Close() error {
	if e.closed {
		return errors.New("export: Close called twice")
	}
	e.closed = true
	err := e.enc.flush()
	if err == nil {
		err = e.buf.Flush()
	}
	if err != nil {
		_ = e.out.abort()
		return fmt.Errorf("writing %s: %w", e.out.path, err)
	}
	return e.out.commit()
}

// Abort removes the unfinished file. It is safe to call after Close.
func (e *Export) Abort() error {
	if e.closed {
		return nil
	}
	e.closed = true
	return e.out.abort()
}

// exportTime is RFC 3339 with the time's own offset, "" for a zero time.
func exportTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

type csvEncoder struct{ w *csv.Writer }

func (c *csvEncoder) write(row []string, _ time.Time) error { return c.w.Write(row) }

func (c *csvEncoder) flush() error {
	c.w.Flush()
	return c.w.Error()
}

// jsonlEncoder writes one JSON object per line with exportColumns as keys,
// in order (encoding/json would sort a map's keys).
type jsonlEncoder struct {
	w    *bufio.Writer
	line []byte
	val  bytes.Buffer
	enc  *json.Encoder
}

func (j *jsonlEncoder) write(row []string, _ time.Time) error {
	if j.enc == nil {
		j.enc = json.NewEncoder(&j.val)
		j.enc.SetEscapeHTML(false) // "&" in an account name stays "&"
	}
	b := append(j.line[:0], '{')
	for i, k := range exportColumns {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, k) // the keys are plain ASCII
		b = append(b, ':')
		j.val.Reset()
		if err := j.enc.Encode(row[i]); err != nil {
			return err
		}
		b = append(b, bytes.TrimSuffix(j.val.Bytes(), []byte("\n"))...)
	}
	b = append(b, '}', '\n')
	j.line = b
	_, err := j.w.Write(b)
	return err
}

func (j *jsonlEncoder) flush() error { return nil }
