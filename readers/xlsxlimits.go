package readers

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"sync/atomic"
)

// Limits for opening a workbook, set deliberately (doc.go, "XLSX"): a
// hostile or damaged workbook must be refused from its zip directory, in
// milliseconds, before excelize inflates anything.
//
// excelize holds every part of a workbook in memory except a worksheet or
// the shared-strings table larger than xlsxXMLLimit, which it unzips to a
// temporary file and streams. So:
//   - xlsxUnzipLimit bounds the disk: all parts together, as declared;
//   - xlsxMemLimit bounds the memory: the parts held in memory, together;
//   - xlsxRatioLimit refuses a zip bomb (a few KB that inflate to
//     gigabytes, deflate's best is about 1032:1) without inflating it: a
//     part over 16 MiB that claims to shrink more than 200:1 is not a
//     sheet of messages (sheet XML of real logs compresses about 5-20:1).
//
// Then every part is inflated once, to nowhere, to prove it holds exactly
// the bytes its directory entry declares with the right CRC: excelize
// ignores read errors (its readFile), so a part that inflates past its
// declared size would be cut there silently, and a damaged part read as
// far as it goes. Sheets and shared strings are also tokenised (see
// wellFormed). This is done once per file and modification time and
// costs about as much again as excelize's own reading of the sheets.
const (
	xlsxUnzipLimit = 4 << 30   // 4 GiB of uncompressed parts in total
	xlsxXMLLimit   = 4 << 20   // a sheet or shared strings over 4 MiB streams from a temp file
	xlsxMemLimit   = 128 << 20 // 128 MiB of parts held in memory in total
	xlsxRatioLimit = 200       // uncompressed:compressed, for parts over xlsxRatioFloor
	xlsxRatioFloor = 16 << 20  // small parts may compress as well as they like
)

// checkZipParts reads the workbook's zip directory and refuses it when the
// sizes it declares break the limits above, naming the part and the limit.
func checkZipParts(path string) error {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return fmt.Errorf("%s: cannot be opened as an .xlsx workbook (%v); the file is damaged or not a workbook: export it again", path, err)
	}
	defer zr.Close()
	var total, inMemory uint64
	for _, f := range zr.File {
		size := f.UncompressedSize64
		if size > xlsxUnzipLimit || total+size > xlsxUnzipLimit {
			return fmt.Errorf("%s: the workbook unpacks to more than %d MiB (part %s alone declares %d MiB), which bsmaudit refuses (a damaged or hostile file?); export the log as CSV or Parquet",
				path, xlsxUnzipLimit>>20, f.Name, size>>20)
		}
		total += size
		if size > xlsxRatioFloor && size/max(f.CompressedSize64, 1) > xlsxRatioLimit {
			return fmt.Errorf("%s: part %s claims to inflate %d KiB to %d MiB (more than %d:1): a zip bomb or a damaged file, which bsmaudit refuses; export the log again as .xlsx, CSV or Parquet",
				path, f.Name, f.CompressedSize64>>10, size>>20, xlsxRatioLimit)
		}
		if !streamedPart(f.Name, size) {
			inMemory += size
			if inMemory > xlsxMemLimit {
				return fmt.Errorf("%s: the workbook's parts that must be held in memory come to more than %d MiB (at part %s), which bsmaudit refuses (a damaged or hostile file?); export the log as CSV or Parquet",
					path, xlsxMemLimit>>20, f.Name)
			}
		}
	}
	return verifyParts(path, zr.File)
}

// verified remembers the workbooks verifyParts passed (path, size and
// modification time), since Open and Rows each open every input.
var (
	verified  sync.Map
	verifiedN atomic.Int64
)

// verifyParts inflates every part and checks its size and CRC.
func verifyParts(path string, files []*zip.File) error {
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	// The directory's names, CRCs and sizes are in the key: a file
	// rewritten within one tick of the clock keeps its modification time.
	var key strings.Builder
	fmt.Fprintf(&key, "%s\x00%d\x00%d", path, st.Size(), st.ModTime().UnixNano())
	for _, f := range files {
		fmt.Fprintf(&key, "\x00%s\x00%x\x00%d\x00%d", f.Name, f.CRC32, f.CompressedSize64, f.UncompressedSize64)
	}
	if _, ok := verified.Load(key.String()); ok {
		return nil
	}
	for _, f := range files {
		rc, err := f.Open()
		if err != nil {
			return fmt.Errorf("%s: part %s is damaged (%v): the workbook is corrupt; export it again", path, f.Name, err)
		}
		if isSheetXML(f.Name) {
			err = wellFormed(rc)
		} else {
			_, err = io.Copy(io.Discard, rc)
		}
		rc.Close()
		var se *xml.SyntaxError
		switch {
		case errors.As(err, &se):
			return fmt.Errorf("%s: part %s is not well-formed XML (line %d: %s), so its rows after that point cannot be read; export the workbook again", path, f.Name, se.Line, se.Msg)
		case err != nil:
			return fmt.Errorf("%s: part %s is damaged (%v): the workbook is corrupt; export it again", path, f.Name, err)
		}
	}
	if verifiedN.Add(1)%1024 == 0 {
		verified.Clear() // a long-running process (a fuzzer) opens many
	}
	verified.Store(key.String(), true)
	return nil
}

// isSheetXML reports whether a part is a worksheet or the shared strings.
func isSheetXML(name string) bool {
	n := strings.ToLower(strings.ReplaceAll(name, `\`, "/"))
	return n == "xl/sharedstrings.xml" || strings.HasPrefix(n, "xl/worksheets/sheet")
}

// wellFormed tokenises XML as excelize's row iterator does. excelize
// ignores a decoding error there and ends the sheet as if it were
// complete, so a stray "&" or an entity declared in a DOCTYPE ("billion
// laughs"; encoding/xml expands none) would silently lose every row
// after it: bsmaudit checks first.
//
// It reads raw tokens and matches end tags itself, which is what Token
// adds that can fail; Token's namespace translation and copies cannot,
// and cost a third of reading a workbook.
func wellFormed(r io.Reader) error {
	d := xml.NewDecoder(r)
	d.CharsetReader = func(_ string, in io.Reader) (io.Reader, error) { return in, nil }
	var open []xml.Name // the elements not yet closed
	fail := func(msg string) error {
		line, _ := d.InputPos()
		return &xml.SyntaxError{Msg: msg, Line: line}
	}
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			if len(open) > 0 {
				return fail("unexpected EOF")
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			open = append(open, t.Name)
		case xml.EndElement:
			if len(open) == 0 {
				return fail("unexpected end element </" + t.Name.Local + ">")
			}
			if top := open[len(open)-1]; top != t.Name {
				return fail("element <" + top.Local + "> closed by </" + t.Name.Local + ">")
			}
			open = open[:len(open)-1]
		}
	}
}

// streamedPart reports whether excelize unzips the part to a temporary
// file instead of holding it in memory (its ReadZipReader).
func streamedPart(name string, size uint64) bool {
	return size > xlsxXMLLimit && isSheetXML(name)
}
