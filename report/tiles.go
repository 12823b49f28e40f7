package report

import (
	"fmt"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/xuri/excelize/v2"
)

// tile is one key number of the Summary: a big value over a caption.
type tile struct {
	value   any
	style   int
	caption string
}

// Rows of the tiles on the Summary and their heights in points.
const (
	tileRow       = 4
	tileHeight    = 36
	captionHeight = 30
)

// summaryTiles are the numbers a compliance lead looks at first. A number
// that is bad news is red: any prohibited message, error finding, day over
// the limit or blocked message, and a response share under Amazon's target.
func summaryTiles(st *styles, sum *audit.Summary) []tile {
	pick := func(bad bool, good, worse int) int {
		if bad {
			return worse
		}
		return good
	}
	total := 0
	for _, n := range sum.Findings {
		total += n
	}
	prohibited := share(sum.Classes[audit.Prohibited], sum.Outbound)
	rs := sum.Response
	resp := tile{value: "–", style: st.tile, caption: "answered within 24 hours (no buyer message needed one)"}
	if rs.Inbound > 0 {
		resp = tile{value: rs.Share, style: pick(rs.Share < responseTarget, st.tilePct, st.tileBadPct),
			caption: fmt.Sprintf("answered within 24 hours (%d of %d; target over 90%%)", rs.AnsweredWithin24h, rs.Inbound)}
	}
	return []tile{
		{sum.Outbound, st.tile, fmt.Sprintf("outbound messages audited (%d inbound)", sum.Inbound)},
		{prohibited, pick(prohibited > 0, st.tilePct, st.tileBadPct),
			"prohibited: " + plural(sum.Classes[audit.Prohibited], "message")},
		{total, pick(sum.Severities["error"] > 0, st.tile, st.tileBad), fmt.Sprintf("findings: %d error · %d warning · %d info",
			sum.Severities["error"], sum.Severities["warning"], sum.Severities["info"])},
		{sum.Breaches, pick(sum.Breaches > 0, st.tile, st.tileBad), "days over the daily message limit"},
		{sum.Blocked.Total, pick(sum.Blocked.Total > 0, st.tile, st.tileBad), "messages blocked by Amazon"},
		resp,
	}
}

// writeTiles puts the tiles side by side from column A on rows tileRow
// (value) and tileRow+1 (caption).
func writeTiles(f *excelize.File, st *styles, sum *audit.Summary) error {
	tiles := summaryTiles(st, sum)
	values := make([]any, len(tiles))
	captions := make([]any, len(tiles))
	for i, t := range tiles {
		values[i] = excelize.Cell{StyleID: t.style, Value: t.value}
		captions[i] = excelize.Cell{StyleID: st.tileLabel, Value: t.caption}
	}
	if err := setRow(f, sheetSummary, tileRow, values); err != nil {
		return err
	}
	if err := setRow(f, sheetSummary, tileRow+1, captions); err != nil {
		return err
	}
	for r, h := range map[int]float64{tileRow: tileHeight, tileRow + 1: captionHeight} {
		if err := f.SetRowHeight(sheetSummary, r, h); err != nil {
			return fmt.Errorf("sheet %s row %d: %w", sheetSummary, r, err)
		}
	}
	return nil
}

// plural is "1 message", "2 messages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
