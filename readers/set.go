package readers

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Options says how to read the inputs.
type Options struct {
	Map      map[Field]string // --map FIELD=COLUMN overrides (column header text as written)
	Location *time.Location   // zone for timestamps without an offset; nil = UTC
	Sheet    string           // XLSX sheet (later issue; keep the field)
}

// Set is a checked list of message logs, ready to stream.
type Set struct {
	opt    Options
	files  []*logFile
	inputs []Input
}

// logFile is one log file whose header Open has checked.
type logFile struct {
	path, ext string
	header    []string
	m         *mapping
}

// Open checks every path up front, before any row is read: directories are
// expanded recursively (in lexical order), each file's format is detected
// and its header read and mapped. A missing or empty file, an unknown format,
// a --map column that does not exist or a missing required field is an error
// that names the file. A header with no rows is fine.
func Open(paths []string, opt Options) (*Set, error) {
	files, err := expand(paths)
	if err != nil {
		return nil, err
	}
	s := &Set{opt: opt}
	for _, f := range files {
		lf := &logFile{path: f.path, ext: f.ext}
		in, err := lf.check(opt)
		if err != nil {
			return nil, err
		}
		s.files = append(s.files, lf)
		s.inputs = append(s.inputs, in)
	}
	return s, nil
}

// check opens the file, reads and maps its header, and closes it again:
// Open keeps no file open, so a directory of thousands of logs needs one
// descriptor at a time.
func (lf *logFile) check(opt Options) (Input, error) {
	src, err := openSource(lf.path, lf.ext)
	if err != nil {
		return Input{}, err
	}
	defer src.close()
	t := newCSVTable(src)
	h, err := readHeader(lf.path, t)
	if err != nil {
		return Input{}, err
	}
	m, err := mapHeader(h, messageSynonyms, Fields, opt.Map)
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", lf.path, err)
	}
	if err := missingRequired(lf.path, h, m, Required); err != nil {
		return Input{}, err
	}
	if m.weakDirection {
		sampleDirection(t, m)
	}
	lf.header, lf.m = h, m
	in := Input{Path: lf.path, Format: src.format, Encoding: src.encoding, Columns: m.columns, Notes: m.notes}
	if src.note != "" {
		in.Notes = append(in.Notes, src.note)
	}
	if src.comma == ';' {
		in.Notes = append(in.Notes, "semicolon-separated")
	}
	if _, ok := m.col[FieldDirection]; !ok {
		in.Notes = append(in.Notes, "no direction column: every message is read as outbound")
	}
	return in, nil
}

// directionSample is how many records sampleDirection looks at.
const directionSample = 200

// sampleDirection reads the first records of a log whose direction column
// was found by a weak synonym ("From", "Type"...) and forgets that column,
// with a note, unless most of its non-empty values are direction words:
// otherwise every row would be rejected for a column that never meant
// direction. A --map direction=COLUMN is never second-guessed.
func sampleDirection(t table, m *mapping) {
	col := m.col[FieldDirection]
	var records, seen, ok int
	example := "(empty)"
	for range directionSample {
		rec, _, err := t.next()
		if err != nil {
			if _, syn := err.(*syntaxError); syn {
				continue
			}
			break
		}
		records++
		if col >= len(rec) || strings.TrimSpace(rec[col]) == "" {
			continue
		}
		seen++
		if _, err := parseDirection(rec[col]); err == nil {
			ok++
		} else if seen-ok == 1 {
			example = fmt.Sprintf("%q", rec[col])
		}
	}
	if records == 0 || seen > 0 && ok*2 > seen {
		return
	}
	name := m.columns[FieldDirection]
	m.drop(FieldDirection)
	m.notes = append(m.notes, fmt.Sprintf(
		"column %q is not read as direction: its values (e.g. %s) are not directions such as outbound/inbound or seller/buyer; use --map direction=%q to read it anyway",
		name, example, name))
}

// Rows streams every row of every file, in order, to yield. A rejected row
// is yielded with Err set. The *Row passed to yield is reused after yield
// returns: copy what you keep (the strings in it are not reused). Rows stops
// at the first error from yield or when ctx is done, and returns that error.
// It fails, naming the file and line, when a file cannot be read on.
func (s *Set) Rows(ctx context.Context, yield func(*Row) error) error {
	var row Row
	for i, lf := range s.files {
		in := &s.inputs[i]
		in.RowsRead, in.RowsRejected = 0, 0
		if err := lf.rows(ctx, s.opt, in, &row, yield); err != nil {
			return err
		}
	}
	return nil
}

func (lf *logFile) rows(ctx context.Context, opt Options, in *Input, row *Row, yield func(*Row) error) error {
	src, err := openSource(lf.path, lf.ext)
	if err != nil {
		return err
	}
	defer src.close()
	t := newCSVTable(src)
	h, err := readHeader(lf.path, t)
	if err != nil {
		return err
	}
	if !slices.Equal(h, lf.header) {
		return fmt.Errorf("%s: the header changed while bsmaudit was running; run it again", lf.path)
	}
	c := newConverter(lf.path, len(h), lf.m, opt.Location)
	return stream(ctx, t, func(rec []string, line int, synErr error) error {
		*row = Row{Pos: Pos{File: lf.path, Line: line}}
		if synErr != nil {
			row.Err = synErr
		} else {
			c.convert(rec, line, row)
		}
		in.RowsRead++
		if row.Err != nil {
			in.RowsRejected++
		}
		return yield(row)
	})
}

// stream calls fn for every record of t, and for every record that could
// not be parsed (with its *syntaxError), checking ctx now and then.
func stream(ctx context.Context, t table, fn func(rec []string, line int, synErr error) error) error {
	for n := 0; ; n++ {
		if n&1023 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		rec, line, err := t.next()
		if err != nil {
			se, ok := err.(*syntaxError)
			if !ok {
				if err == io.EOF {
					return nil
				}
				return err
			}
			if err := fn(nil, se.line, se); err != nil {
				return err
			}
			continue
		}
		if err := fn(rec, line, nil); err != nil {
			return err
		}
	}
}

// Inputs describes every file of the set; the row counts are complete once
// Rows has returned.
func (s *Set) Inputs() []Input { return slices.Clone(s.inputs) }
