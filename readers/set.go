package readers

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// Options says how to read the inputs.
type Options struct {
	Map      map[Field]string // --map FIELD=COLUMN overrides (column header text as written)
	Location *time.Location   // zone for timestamps without an offset; nil = UTC
	// Sheet is the XLSX sheet to read (--sheet); "" = the first sheet with
	// a recognisable header.
	Sheet string
}

// Set is a checked list of message logs, ready to stream.
type Set struct {
	opt    Options
	files  []*logFile
	inputs []Input
	prog   progress
}

// logFile is one log file whose header Open has checked.
type logFile struct {
	path, ext string
	header    []string
	m         *mapping
	size      int64 // bytes, for Progress
}

// Open checks every path up front, before any row is read: directories are
// expanded recursively (in lexical order), each file's format is detected
// and its header read and mapped. A missing, empty or header-only file, a
// file that is not the format its name claims, a --map column that does not
// exist or a missing required field is an error that names the file.
func Open(paths []string, opt Options) (*Set, error) {
	files, err := expand(paths)
	if err != nil {
		return nil, err
	}
	s := &Set{opt: opt}
	for _, f := range files {
		lf := &logFile{path: f.path, ext: f.ext}
		if st, err := os.Stat(f.path); err == nil {
			lf.size = st.Size()
		}
		in, err := lf.check(opt)
		if err != nil {
			return nil, err
		}
		s.files = append(s.files, lf)
		s.inputs = append(s.inputs, in)
	}
	return s, nil
}

// logSpec is what a message log's header must have.
func logSpec(opt Options) headerSpec {
	return headerSpec{idx: messageSynonyms, fields: Fields, required: Required, overrides: opt.Map}
}

// check opens the file, reads and maps its header, makes sure a data row
// follows, and closes it again: Open keeps no file open, so a directory of
// thousands of logs needs one descriptor at a time.
func (lf *logFile) check(opt Options) (Input, error) {
	o, err := openTable(lf.path, lf.ext, logSpec(opt), opt)
	if err != nil {
		return Input{}, err
	}
	defer o.close()
	h := o.header
	m, err := mapHeader(h, messageSynonyms, Fields, opt.Map)
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", lf.path, err)
	}
	if err := missingRequired(lf.path, h, m, Required); err != nil {
		return Input{}, err
	}
	if err := project(o, m); err != nil {
		return Input{}, err
	}
	t := &peekTable{t: o.t}
	if err := t.peek(); err == io.EOF {
		return Input{}, errHeaderOnly(lf.path, "the log")
	} else if err != nil {
		return Input{}, err
	}
	if m.weakDirection {
		sampleDirection(t, m)
	}
	lf.header, lf.m = h, m
	in := Input{Path: lf.path, Format: o.format, Encoding: o.encoding, Columns: m.columns, Notes: m.notes}
	in.Notes = append(in.Notes, o.notes...)
	if _, ok := m.col[FieldDirection]; !ok {
		in.Notes = append(in.Notes, "no direction column: every message is read as outbound")
	}
	return in, nil
}

// project tells a columnar table which columns the mapping uses.
func project(o *opened, m *mapping) error {
	p, ok := o.t.(projector)
	if !ok {
		return nil
	}
	cols := make([]int, 0, len(m.col))
	for _, i := range m.col {
		cols = append(cols, i)
	}
	slices.Sort(cols)
	return p.project(cols)
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
	s.prog.start(s.files)
	for i, lf := range s.files {
		in := &s.inputs[i]
		in.RowsRead, in.RowsRejected = 0, 0
		s.prog.reading(lf)
		if err := lf.rows(ctx, s.opt, in, &row, &s.prog, yield); err != nil {
			return err
		}
		s.prog.finish()
	}
	return nil
}

func (lf *logFile) rows(ctx context.Context, opt Options, in *Input, row *Row, prog *progress, yield func(*Row) error) error {
	o, err := openTable(lf.path, lf.ext, logSpec(opt), opt)
	if err != nil {
		return err
	}
	defer o.close()
	prog.cur = o.done
	if !slices.Equal(o.header, lf.header) {
		return fmt.Errorf("%s: the header changed while bsmaudit was running; run it again", lf.path)
	}
	if err := project(o, lf.m); err != nil {
		return err
	}
	c := newConverter(len(o.header), lf.m, opt.Location)
	c.unit = o.unit
	c.times.serial = o.serial
	return stream(ctx, o.t, func(rec []string, n int, synErr error) error {
		*row = Row{Pos: o.pos(n)}
		if synErr != nil {
			row.Err = synErr
		} else {
			c.convert(rec, n, row)
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
