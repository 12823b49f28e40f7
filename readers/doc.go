// Package readers turns exported message logs and orders exports into
// streams of rows: the first stage of bsmaudit's pipeline (readers -> audit
// -> report). It knows nothing of the policy.
//
// Open checks every input up front, before any row is read: it expands
// directories (recursively, in lexical order; hidden and lock files
// skipped), picks each file's reader by extension (.csv, .tsv, .txt, each
// optionally .gz; .xlsx/.xlsm; .parquet) and checks by content that the
// file is what its name claims, reads its header, maps it to bsmaudit's
// fields (CLI.md "Fields") by synonyms with --map overrides, and makes sure
// at least one data row follows. A missing, empty or header-only file, a
// file that is not the format its name claims, an encrypted workbook, a
// Parquet file without a readable footer, a --map column that does not
// exist or a missing required field fails there, in one line naming the
// file and saying what to do.
//
// Set.Rows then streams the rows, one file after another, never holding a
// whole file in memory; Row.Pos says where each came from (file:line,
// file:Sheet!row, file#row). A row that cannot be read (wrong number of
// fields, a bad timestamp or direction, an empty body, a CSV quoting error)
// is not dropped: it is yielded with Err set to the reason in plain words,
// and Input counts it. Only a file that cannot be read on (a quoted field
// never closed before the end of the file, a record over 32 MiB or over
// 100,000 fields, damaged Parquet pages, an I/O error) stops Rows with an
// error naming the file. Hostile inputs and the memory each is read in
// are tested in hostile_*_test.go: a CSV record peaks at about 4 x 32 MiB
// (encoding/csv's buffers), an XLSX workbook at its in-memory parts
// (at most 128 MiB), a Parquet batch at a few MiB.
//
// # CSV and TSV
//
// Encoding: UTF-8 with or without a BOM, UTF-16 LE/BE by BOM (Excel's
// "Unicode Text") or, without one, by the NUL bytes of its ASCII
// characters (a note says so), else, when the first 64 KiB are not UTF-8,
// an 8-bit
// encoding: Windows-1252 when bytes 0x80-0x9F occur, else ISO-8859-1 (the
// two decode alike; Input.Encoding and a note say which was assumed).
// Delimiter: Excel's "sep=;" first line when present (a note says so),
// else comma, semicolon or tab counted outside quotes in the header line.
// Line ends may be LF, CRLF or a lone CR (classic Mac), mixed: a lone CR
// is read as a line end, also inside a quoted field. Bytes that are not
// valid in the detected encoding, and NUL bytes, are kept as read: the
// report shows them as \xNN escapes.
//
// # XLSX
//
// Read with excelize's row iterator, cells raw (RawCellValue): a date cell
// is its serial number, converted only in timestamp columns, with the
// workbook's 1900 or 1904 date system, in the --tz location; text that is
// not a plain number is parsed as a typed date. The sheet is --sheet NAME
// (case-insensitive), else the first sheet with a recognisable header:
// among a sheet's first 50 rows, the row that maps the most fields with
// sent_at and body, a row's blank cells optionally taken from the row above
// (a two-row header whose cells are merged vertically). Blank rows are
// skipped; trailing empty cells are padded; cells beyond the header with a
// value make the row rejected.
//
// Workbook limits, set deliberately (xlsxlimits.go): before excelize
// inflates anything, the zip directory is checked, so that a zip bomb is
// refused in milliseconds with an error naming the part and the limit: at
// most 4 GiB of parts in total (excelize's UnzipSizeLimit; its default is
// about 16 GB), at most 128 MiB of parts held in memory, and no part over
// 16 MiB that claims to inflate more than 200:1. A sheet or the shared
// strings over 4 MiB (excelize's UnzipXMLSizeLimit, default 16 MiB) is
// unzipped to a temporary file and streamed. 4 GiB, not 1: a
// 1,000,000-row, 14-column log (our benchmark's) already unpacks to 938 MB,
// and Excel's maximum of 1,048,576 rows with long bodies goes past 1 GiB.
// A part that inflates past the size it declares is stopped by
// archive/zip. Sheet XML is read by encoding/xml, which expands no
// DTD entities, so a "billion laughs" sheet stays small.
//
// # Parquet
//
// Read with arrow-go's pqarrow, record batch by record batch (8192 rows),
// only the mapped columns. Flat columns of strings (plain, large,
// dictionary-encoded), binary (as UTF-8, invalid bytes replaced), booleans,
// numbers, timestamps (INT96, millis, micros, nanos) and DATE32/DATE64;
// nulls are empty values. A timestamp with a zone in its schema (or INT96)
// is an instant; one without (isAdjustedToUTC=false) and a date are read in
// the --tz location, like CSV timestamps without an offset. Any codec
// arrow-go reads (snappy, zstd, gzip, brotli, lz4, none).
//
// # Headers
//
// Synonyms cover the names helpdesk and spreadsheet exports use (Date,
// Sent, Timestamp, Message, Text, From, Sender, Ticket ID, Opted out...);
// a trailing "(UTC)"-style note is ignored. When two columns match a field
// the better-ranked synonym wins and Input.Notes says which column was
// taken and which ignored. A column called "From", "Sender", "Sent by",
// "Author" or "Type" is read as the direction only when most of the first
// 200 values are direction words (outbound/inbound, seller/buyer...);
// otherwise Input.Notes says it was ignored and every message is outbound.
// --map direction=COLUMN overrides. A buyer-name column ("Customer
// Name", "Buyer Name", "Recipient") is buyer_name, which --redact masks in
// the text; when the log has no buyer_id column the name is the buyer's ID
// too (it used to map to buyer_id).
//
// OpenOrders and OrderSet.Orders do the same for orders exports: Amazon's
// All Orders Report (tab-separated, one row per order item, read without
// quoting rules; extra or missing optional columns are fine; Cancelled
// rows are yielded with their Status for the engine to judge), or a
// CSV/TSV/XLSX/Parquet file with an order id and a purchase date.
//
// Timestamps without an offset are read in Options.Location; see
// timeLayouts for the layouts accepted.
package readers
