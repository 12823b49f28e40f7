package report

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"math"
	"strings"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// reportZip is the ZipWriter excelize saves the workbook through (see
// File.SetZipWriter). It differs from excelize's own in three ways, each
// measured in docs/performance.md:
//   - it writes straight to the report file: excelize hands it a
//     bytes.Buffer that would hold the whole archive in memory;
//   - it deflates with klauspost/compress at its fastest level, about twice
//     the speed of compress/flate's BestSpeed for a file a little larger;
//   - it splices each streamed part's rows (rowFile), deflated while they
//     were streamed, in place of its marker row.
//
// Like excelize, it marks entries over 4 GiB as ZIP64 in their local
// headers too (Excel insists; archive/zip only does so in the directory).
type reportZip struct {
	out  io.WriterAt
	cw   *countWriter
	zw   *zip.Writer
	rows *rowFiles
	cur  *zipEntry
	big  []int64 // local header offsets of entries over 4 GiB
}

// zipEntry is the entry being written. A worksheet is held in memory until
// the next entry (it is small: its rows are in a rowFile) so that its
// marker row can be replaced; it is created in the archive only then.
type zipEntry struct {
	name   string
	offset int64
	w      io.Writer
	n      int64
	sheet  *bytes.Buffer
}

// countWriter counts what reaches the file.
type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// newReportZip writes the archive to out from its start.
func newReportZip(out interface {
	io.Writer
	io.WriterAt
}, rows *rowFiles) *reportZip {
	cw := &countWriter{w: out}
	zw := zip.NewWriter(cw)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, flate.BestSpeed)
	})
	return &reportZip{out: out, cw: cw, zw: zw, rows: rows}
}

var _ excelize.ZipWriter = (*reportZip)(nil)

// Create starts the entry name.
func (z *reportZip) Create(name string) (io.Writer, error) {
	if err := z.endEntry(); err != nil {
		return nil, err
	}
	if strings.HasPrefix(name, "xl/worksheets/") && strings.HasSuffix(name, ".xml") {
		z.cur = &zipEntry{name: name, sheet: new(bytes.Buffer)}
		return z.cur.sheet, nil
	}
	if err := z.start(name); err != nil {
		return nil, err
	}
	return z.cur, nil
}

// start creates the compressed entry name.
func (z *reportZip) start(name string) error {
	if err := z.zw.Flush(); err != nil {
		return err
	}
	off := z.cw.n
	w, err := z.zw.Create(name)
	if err != nil {
		return err
	}
	z.cur = &zipEntry{name: name, offset: off, w: w}
	return nil
}

// Write passes an entry's bytes through, counting them.
func (e *zipEntry) Write(p []byte) (int, error) {
	n, err := e.w.Write(p)
	e.n += int64(n)
	return n, err
}

// endEntry finishes the current entry: splices a held worksheet's rows.
func (z *reportZip) endEntry() error {
	e := z.cur
	if e == nil {
		return nil
	}
	z.cur = nil
	if e.sheet != nil {
		spliced, err := z.splice(e.name, e.sheet.Bytes())
		if err != nil {
			return fmt.Errorf("%s: %w", e.name, err)
		}
		e = spliced
	}
	if e.n > math.MaxUint32 {
		z.big = append(z.big, e.offset)
	}
	return nil
}

// splice writes the worksheet name, with its marker row, if any,
// replaced by its row file. The rows are already deflated: the entry is
// written raw, as the deflate stream of the XML before the marker row
// (ended by a sync flush), then the rows', then the rest's.
func (z *reportZip) splice(name string, sheet []byte) (*zipEntry, error) {
	i := bytes.Index(sheet, []byte(markerPrefix))
	if i < 0 {
		if err := z.start(name); err != nil {
			return nil, err
		}
		_, err := z.cur.Write(withDimension(sheet, cellsExtent(sheet)))
		return z.cur, err
	}
	start := bytes.LastIndex(sheet[:i], []byte("<row "))
	end := bytes.Index(sheet[i:], []byte("</row>"))
	j := bytes.IndexByte(sheet[i:], '<')
	if start < 0 || end < 0 || j < 0 {
		return nil, errors.New("malformed marker row")
	}
	rf := z.rows.take(string(sheet[i : i+j]))
	if rf == nil {
		return nil, fmt.Errorf("no rows for marker %q", sheet[i:i+j])
	}
	defer rf.remove()
	head, tail := sheet[:start], sheet[i+end+len("</row>"):]
	used := cellsExtent(head)
	used.add(cellsExtent(tail))
	used.add(rf.extent)
	head = withDimension(head, used)
	rows, rowsSize, err := rf.deflated()
	if err != nil {
		return nil, err
	}
	dhead, err := deflate(head, false)
	if err != nil {
		return nil, err
	}
	dtail, err := deflate(tail, true)
	if err != nil {
		return nil, err
	}
	crc := crc32Combine(crc32.ChecksumIEEE(head), rf.crc, rf.size)
	crc = crc32Combine(crc, crc32.ChecksumIEEE(tail), int64(len(tail)))
	if err := z.zw.Flush(); err != nil {
		return nil, err
	}
	e := &zipEntry{name: name, offset: z.cw.n, n: int64(len(head)) + rf.size + int64(len(tail))}
	// The header zip.Writer.Create writes (version 2.0, sizes in a data
	// descriptor), with the sizes and CRC known in advance.
	w, err := z.zw.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc,
		CreatorVersion: 20, ReaderVersion: 20, Flags: 0x8,
		CompressedSize64:   uint64(int64(len(dhead)) + rowsSize + int64(len(dtail))),
		UncompressedSize64: uint64(e.n)})
	if err != nil {
		return nil, err
	}
	if _, err := w.Write(dhead); err != nil {
		return nil, err
	}
	if _, err := io.Copy(w, rows); err != nil {
		return nil, fmt.Errorf("copying %s into the report: %w", rf.file.Name(), err)
	}
	_, err = w.Write(dtail)
	return e, err
}

// deflate compresses b on its own; unless final, the stream ends with a
// sync flush so that more deflate blocks may follow.
func deflate(b []byte, final bool) ([]byte, error) {
	var out bytes.Buffer
	fw, err := flate.NewWriter(&out, flate.BestSpeed)
	if err != nil {
		return nil, err
	}
	if _, err := fw.Write(b); err != nil {
		return nil, err
	}
	if final {
		err = fw.Close()
	} else {
		err = fw.Flush()
	}
	return out.Bytes(), err
}

// AddFS is part of excelize.ZipWriter; excelize does not call it to save.
func (z *reportZip) AddFS(fsys fs.FS) error {
	if err := z.endEntry(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// Close finishes the archive and checks that every row file was spliced.
func (z *reportZip) Close() error {
	if err := z.endEntry(); err != nil {
		return err
	}
	if err := z.zw.Close(); err != nil {
		return err
	}
	if n := z.rows.left(); n > 0 {
		return fmt.Errorf("%d streamed sheet parts were not found in the workbook", n)
	}
	for _, off := range z.big {
		// Version needed to extract: 4.5 (ZIP64), as excelize's writeZip64LFH.
		if _, err := z.out.WriteAt([]byte{45, 0}, off+4); err != nil {
			return err
		}
	}
	return nil
}
