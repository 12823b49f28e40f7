// Package report renders an audit: the Excel report (XLSX), the JSON
// summary, the short text summary for stderr and the per-message exports
// (CSV, JSONL, Parquet). It is the last stage of the pipeline readers ->
// audit -> report and only reads audit's types: it decides nothing about a
// message.
//
// Names that users and scripts depend on (sheet names, JSON keys, export
// columns) come from CLI.md "Outputs" and must not be renamed.
//
// The Excel report is streamed (excelize's StreamWriter): Findings,
// Messages and Rejected rows are written as the engine hands over
// messages; Blocked and Response time wait in a spool file (spool.go)
// because a block of figures from the Summary goes beside their first rows;
// Summary, Daily and Policy are written at Close. A table longer than a
// sheet continues on "Name (2)"..., and the Summary says so. Each finding
// links to its message's row (a HYPERLINK formula: the stream writer has no
// hyperlinks). Text is made safe by cellText (cell.go).
//
// Speed (docs/performance.md): excelize's StreamWriter.SetRow and its
// in-memory zip were most of a run's time and memory. A streamed sheet's
// excelize stream now holds only its header and a marker row; its data rows
// are encoded by rowXML (the same bytes SetRow writes, checked by
// TestRowXMLMatchesExcelize) into a rowFile, deflated in a goroutine of its
// own as they come. At Close, reportZip (the ZipWriter excelize saves
// through) writes the archive straight to the file and splices each part's
// compressed rows in place of its marker row. A streamed row's values are
// boxed as pointers into a rowArena (boxing a string allocates, a pointer
// does not), and text cellText made safe is escaped without checking its
// runes twice. Deflate stays klauspost/compress at its fastest level:
// its Huffman-only mode, 1.4 times faster, made the sheets 3.5 times larger.
//
// The Parquet export dictionary-encodes only the columns that repeat
// (parquetUnique) and builds its Arrow arrays over buffers reused from
// batch to batch.
//
// Every file is written atomically: to a temporary file in the target's
// directory, renamed into place on Close. An interrupted or failed run
// (Abort, or an error from Close) leaves nothing behind.
//
// scripts/check_xlsx.py opens the sample report with openpyxl in CI;
// docs/summary.png is the Summary as LibreOffice renders it.
package report
