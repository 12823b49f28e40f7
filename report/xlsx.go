package report

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/bsmaudit/bsmaudit/policy"
	"github.com/bsmaudit/bsmaudit/readers"
	"github.com/xuri/excelize/v2"
)

// The report's sheets, in order (CLI.md "Outputs": stable names).
const (
	sheetSummary  = "Summary"
	sheetDaily    = "Daily"
	sheetFindings = "Findings"
	sheetMessages = "Messages"
	sheetBlocked  = "Blocked"
	sheetResponse = "Response time"
	sheetRejected = "Rejected rows"
	sheetPolicy   = "Policy"
)

// XLSX streams the Excel report. It implements audit.Sink: the row sheets
// (Findings, Messages, Blocked, Response time, Rejected rows) are streamed
// as the engine hands over messages; Close adds Summary, Daily and Policy
// from the aggregate and saves the file atomically.
type XLSX struct {
	path  string
	opt   XLSXOptions
	f     *excelize.File
	st    *styles
	cells *cells
	rows  *cells    // cells with a rowArena, for the streamed rows only
	files *rowFiles // the streamed parts' data rows

	findings, messages, blocked, response, rejected *streamSheet
	row                                             []any // reused for every row
	closed                                          bool
}

var _ audit.Sink = (*XLSX)(nil)

// XLSXOptions configure the Excel report.
type XLSXOptions struct {
	// TempDir is where the streamed sheets' rows wait, compressed, until
	// Close (about the final file's size), with the spools of Blocked and
	// Response time; "" is the system's.
	TempDir string
	// Inputs are the input paths: the report may not overwrite one.
	Inputs []string
	// TimeZone is the IANA zone the report's times are shown in (the
	// audit's --tz; "" is UTC). Rows are streamed before Close receives the
	// Summary, so the zone has to be known up front.
	TimeZone string
	// Tool names the program on the Summary sheet; optional.
	Tool Tool
}

// NewXLSX prepares the report at path. It refuses a path that is one of
// opt.Inputs or that cannot be written, before any input is read.
func NewXLSX(path string, opt XLSXOptions) (*XLSX, error) {
	if err := checkTarget(path, opt.Inputs); err != nil {
		return nil, err
	}
	if err := checkTempDir(opt.TempDir); err != nil {
		return nil, err
	}
	loc, err := time.LoadLocation(opt.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("report time zone %q: %w", opt.TimeZone, err)
	}
	f := excelize.NewFile(excelize.Options{TmpDir: opt.TempDir})
	x := &XLSX{path: path, opt: opt, f: f, files: newRowFiles(opt.TempDir)}
	if err := x.init(loc); err != nil {
		_ = f.Close()
		return nil, fmt.Errorf("preparing %s: %w", path, err)
	}
	return x, nil
}

// init creates the sheets in their final order and opens the streamed ones.
// excelize keeps several stream writers open at once, each spilling to its
// own temporary file (TestXLSXStreamsInterleaved checks that every row lands).
func (x *XLSX) init(loc *time.Location) error {
	f := x.f
	if err := f.SetSheetName("Sheet1", sheetSummary); err != nil {
		return err
	}
	for _, name := range []string{sheetDaily, sheetFindings, sheetMessages, sheetBlocked,
		sheetResponse, sheetRejected, sheetPolicy} {
		if _, err := f.NewSheet(name); err != nil {
			return fmt.Errorf("adding sheet %s: %w", name, err)
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return err
	}
	x.st, x.cells = st, &cells{loc: loc, st: st}
	x.rows = &cells{loc: loc, st: st, arena: new(rowArena)}
	for _, s := range []struct {
		dst          **streamSheet
		sheet, table string
		cols         []column
	}{
		{&x.findings, sheetFindings, "Findings", findingColumns(st)},
		{&x.messages, sheetMessages, "Messages", messageColumns(st)},
		{&x.rejected, sheetRejected, "RejectedRows", rejectedColumns(st)},
	} {
		if *s.dst, err = newStreamSheet(f, x.files, s.sheet, s.table, s.cols, st.header); err != nil {
			return err
		}
	}
	// Blocked and Response time get a block of figures beside their rows,
	// known only at Close: their rows wait in a spool until then.
	if x.blocked, err = newSpooledSheet(f, x.files, sheetBlocked, "Blocked", blockedColumns(st), st.header,
		x.opt.TempDir, blockedSideWidths); err != nil {
		return err
	}
	x.response, err = newSpooledSheet(f, x.files, sheetResponse, "ResponseTime", responseColumns(st), st.header,
		x.opt.TempDir, responseSideWidths)
	return err
}

// Message writes m to Messages, its findings to Findings, and, as it
// applies, a row to Blocked or Response time.
func (x *XLSX) Message(m *audit.Message) error {
	if x.closed {
		return errors.New("report: Message after Close")
	}
	src := m.Pos.String()
	if err := x.put(x.messages, x.rows.messageRow(x.row[:0], m, src)); err != nil {
		return err
	}
	if m.Record.Direction == readers.Outbound && len(m.Verdict.Findings) > 0 {
		target := x.messages.lastCell()
		for i := range m.Verdict.Findings {
			if err := x.put(x.findings, x.rows.findingRow(x.row[:0], m, src, &m.Verdict.Findings[i], target)); err != nil {
				return err
			}
		}
	}
	if m.Blocked {
		if err := x.put(x.blocked, x.rows.blockedRow(x.row[:0], m, src)); err != nil {
			return err
		}
	}
	if m.Record.Direction == readers.Inbound && m.Response != nil {
		if err := x.put(x.response, x.rows.responseRow(x.row[:0], m, src)); err != nil {
			return err
		}
	}
	return nil
}

// Reject lists a row that could not be read.
func (x *XLSX) Reject(r *audit.Rejection) error {
	if x.closed {
		return errors.New("report: Reject after Close")
	}
	return x.put(x.rejected, append(x.row[:0], r.Pos.String(), x.cells.text(r.Reason)))
}

// put writes row to s and keeps its backing array for the next row. The
// row is encoded or copied at once: its arena is free again after.
func (x *XLSX) put(s *streamSheet, row []any) error {
	x.row = row
	err := s.write(row)
	x.rows.arena.reset()
	return err
}

// Close writes the Summary, Daily and Policy sheets, finishes the streamed
// ones and saves the report atomically: to a temporary file in the target's
// directory, then renamed. Nothing is left behind on error. pol may be nil
// (the Policy sheet then says so).
func (x *XLSX) Close(sum *audit.Summary, pol *policy.Policy) error {
	if x.closed {
		return errors.New("report: Close called twice")
	}
	x.closed = true
	defer x.f.Close() // removes excelize's spill files
	defer x.removeSpools()
	if sum == nil {
		sum = &audit.Summary{}
	}
	if err := guard(func() error { return x.build(sum, pol) }); err != nil {
		return fmt.Errorf("writing %s: %w", x.path, err)
	}
	out, err := createAtomic(x.path)
	if err != nil {
		return err
	}
	// excelize would build the whole zip in a bytes.Buffer (File.WriteTo):
	// reportZip ignores that buffer and writes to the file, splicing in the
	// streamed parts' rows.
	x.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return newReportZip(out, x.files) })
	if err := guard(func() error { return x.f.Write(out) }); err != nil {
		_ = out.abort()
		return fmt.Errorf("writing %s: %w", x.path, err)
	}
	return out.commit()
}

// guard turns a panic inside excelize into an error, so that a failed
// report still cleans up and the run ends with a message, not a crash
// (excelize has panicked on valid calls: see streamSheet).
func guard(fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("excelize failed: %v", r)
		}
	}()
	return fn()
}

// build finishes every sheet. Sheets are ordered before any stream is
// flushed: see streamSheet.
func (x *XLSX) build(sum *audit.Summary, pol *policy.Policy) error {
	if err := x.blocked.release(blockedSide(x.st, x.cells, &sum.Blocked)); err != nil {
		return err
	}
	if err := x.response.release(responseSide(x.st, x.cells, sum)); err != nil {
		return err
	}
	if err := x.highlightResponses(); err != nil {
		return err
	}
	if err := x.orderSheets(); err != nil {
		return err
	}
	for _, s := range x.streams() {
		if err := s.finish(); err != nil {
			return err
		}
	}
	loc, err := time.LoadLocation(sum.TimeZone)
	if err != nil {
		loc = x.cells.loc
	}
	if err := writeDaily(x.f, x.st, sum, loc); err != nil {
		return err
	}
	if err := writePolicy(x.f, x.st, pol); err != nil {
		return err
	}
	// Summary, the workbook's first sheet, is already the active one. Do not
	// call SetActiveSheet: it loads every sheet, and for a streamed sheet
	// excelize decodes (and then re-encodes, and discards) its whole XML.
	return x.writeSummary(sum, loc)
}

// Abort gives up the report (an interrupted run): it removes the temporary
// files and writes nothing. It is safe to call after Close.
func (x *XLSX) Abort() error {
	if x.closed {
		return nil
	}
	x.closed = true
	if err := x.removeSpools(); err != nil {
		_ = x.f.Close()
		return err
	}
	if err := x.f.Close(); err != nil {
		return fmt.Errorf("removing the temporary files of %s: %w", x.path, err)
	}
	return nil
}
