package report

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"sync"
)

// rowFile holds the data rows of one streamed sheet part as sheet XML,
// encoded by rowXML instead of excelize (see rowXML) and deflated as they
// come, in a temporary file. The part's excelize stream gets its header and
// one marker row in their place; when the workbook is saved, reportZip
// splices the compressed rows in where the marker row is (see splice), so
// the sheet's XML, ten times the size of the report, never touches the
// disk and the rows are compressed once, by a deflater, in its own
// goroutine.
type rowFile struct {
	marker string // the marker row's text, unique to this part
	file   *os.File
	w      *bufio.Writer
	d      *deflater
	enc    *rowXML
	chunk  []byte // rows encoded, not yet handed to d
	crc    uint32 // of the XML, known once deflated
	size   int64  // of the XML, known once deflated
	extent extent // the rows' used range (dimension.go)
	err    error  // the first write error, reported by every later call
}

// rowFiles are a workbook's row files by marker.
type rowFiles struct {
	dir  string
	salt uint64
	mu   sync.Mutex
	m    map[string]*rowFile
}

func newRowFiles(dir string) *rowFiles {
	return &rowFiles{dir: dir, salt: rand.Uint64(), m: map[string]*rowFile{}}
}

// markerPrefix starts every marker: reportZip looks for it.
const markerPrefix = "bsmaudit-rows-"

// create starts the row file of a new part.
func (fs *rowFiles) create(enc *rowXML) (*rowFile, error) {
	f, err := os.CreateTemp(fs.dir, "bsmaudit-rows-")
	if err != nil {
		return nil, fmt.Errorf("creating a temporary file: %w", err)
	}
	fs.mu.Lock()
	defer fs.mu.Unlock()
	w := bufio.NewWriterSize(f, 256<<10)
	d, err := newDeflater(w)
	if err != nil {
		_ = f.Close()
		_ = os.Remove(f.Name())
		return nil, err
	}
	rf := &rowFile{marker: fmt.Sprintf("%s%016x-%04d", markerPrefix, fs.salt, len(fs.m)),
		file: f, w: w, d: d, enc: enc, chunk: d.first()}
	fs.m[rf.marker] = rf
	return rf, nil
}

// take returns the row file of marker and forgets it, or nil.
func (fs *rowFiles) take(marker string) *rowFile {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	rf := fs.m[marker]
	delete(fs.m, marker)
	return rf
}

// left counts the row files not spliced yet.
func (fs *rowFiles) left() int {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	return len(fs.m)
}

// removeAll deletes every row file not yet spliced.
func (fs *rowFiles) removeAll() error {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	var errs []error
	for k, rf := range fs.m {
		errs = append(errs, rf.remove())
		delete(fs.m, k)
	}
	return errors.Join(errs...)
}

// row appends row r.
func (rf *rowFile) row(r int, values []any) error {
	if rf.err != nil {
		return rf.err
	}
	if rf.d == nil {
		return errors.New("report: row after the part ended")
	}
	b, err := rf.enc.appendRow(rf.chunk, r, values)
	if err != nil {
		return err // rf.chunk keeps the rows before this one
	}
	rf.chunk = b
	rf.extent.add(extent{rows: r, cols: len(values)})
	if len(b) >= chunkSize {
		if rf.chunk, err = rf.d.swap(b); err != nil {
			rf.err = fmt.Errorf("writing %s: %w", rf.file.Name(), err)
		}
	}
	return rf.err
}

// end finishes the rows: the compressed stream ends with a sync flush, so
// that more deflate blocks may follow it, and the compressor's goroutine
// and buffers are released. A sheet part ends as soon as it is full, so
// that a report of many parts holds one compressor per table, not one per
// part. Safe to call twice.
func (rf *rowFile) end() error {
	if rf.err != nil || rf.d == nil {
		return rf.err
	}
	size, crc, err := rf.d.finish(rf.chunk)
	rf.chunk, rf.d = nil, nil
	if err == nil {
		err = rf.w.Flush()
	}
	rf.w = nil
	if err != nil {
		rf.err = fmt.Errorf("writing %s: %w", rf.file.Name(), err)
		return rf.err
	}
	rf.size, rf.crc = size, crc
	return nil
}

// deflated ends the rows and returns them compressed, to read, with their
// compressed size. Their uncompressed size and CRC are rf.size and rf.crc.
func (rf *rowFile) deflated() (io.Reader, int64, error) {
	if err := rf.end(); err != nil {
		return nil, 0, err
	}
	n, err := rf.file.Seek(0, io.SeekCurrent)
	if err != nil {
		return nil, 0, fmt.Errorf("reading %s: %w", rf.file.Name(), err)
	}
	return io.NewSectionReader(rf.file, 0, n), n, nil
}

// remove deletes the file; safe to call twice.
func (rf *rowFile) remove() error {
	if rf.file == nil {
		return nil
	}
	if rf.d != nil {
		rf.d.stop()
	}
	name := rf.file.Name()
	_ = rf.file.Close()
	rf.file = nil
	if err := os.Remove(name); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("removing %s: %w", name, err)
	}
	return nil
}
