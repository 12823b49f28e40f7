// Package readers turns exported message logs and orders exports into
// streams of rows: the first stage of bsmaudit's pipeline (readers -> audit
// -> report). It knows nothing of the policy.
//
// Open checks every input up front, before any row is read: it expands
// directories, detects each file's format (by extension: .csv, .tsv, .txt,
// optionally .gz; gzip also by content), encoding (UTF-8 with or without a
// BOM, UTF-16 by BOM, Windows-1252 when the start is not UTF-8) and
// delimiter (comma, semicolon or tab, counted outside quotes in the header
// line), and maps the header to bsmaudit's fields (CLI.md "Fields") by
// synonyms, with --map overrides. Anything that would stop the audit (a
// missing file, an unknown format, a missing required column) fails there,
// with a message naming the file and saying what to do.
//
// Set.Rows then streams the rows, one file after another, never holding a
// whole file in memory. A row that cannot be read (wrong number of fields,
// a bad timestamp or direction, an empty body, a CSV quoting error) is not
// dropped: it is yielded with Err set to the reason in plain words, and
// Input counts it. Only a file that cannot be read on (a quoted field never
// closed before the end of the file, a record over 32 MiB, an I/O error)
// stops Rows with an error naming the file and line.
//
// A header column called "From", "Sender", "Sent by" or "Type" is read as
// the direction only when most of the first 200 values are direction words
// (outbound/inbound, seller/buyer...); otherwise Input.Notes says it was
// ignored and every message is outbound. --map direction=COLUMN overrides.
//
// OpenOrders and OrderSet.Orders do the same for orders exports: Amazon's
// All Orders Report (tab-separated, one row per order item) or a plain
// CSV/TSV with an order id and a purchase date.
//
// Timestamps without an offset are read in Options.Location; see
// timeLayouts for the layouts accepted.
package readers
