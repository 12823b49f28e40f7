// Package report renders an audit: the Excel report (XLSX), the JSON
// summary, the short text summary for stderr and the per-message exports
// (CSV, JSONL). It is the last stage of the pipeline readers -> audit ->
// report and only reads audit's types: it decides nothing about a message.
//
// Names that users and scripts depend on (sheet names, JSON keys, export
// columns) come from CLI.md "Outputs" and must not be renamed.
//
// Every file is written atomically: to a temporary file in the target's
// directory, renamed into place on Close. An interrupted or failed run
// (Abort, or an error from Close) leaves nothing behind.
package report
