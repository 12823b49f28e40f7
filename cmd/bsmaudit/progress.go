package main

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/bsmaudit/bsmaudit/audit"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress draws the run's progress on stderr, only when stderr is a
// terminal: progressbar itself would write its redraws into a redirected
// file (LIBRARIES.md d).
type progress struct {
	w     io.Writer
	bar   *progressbar.ProgressBar
	stage string
	start time.Time // of the stage
}

// newProgress returns nil when nothing should be drawn.
func newProgress(stderr io.Writer, enabled bool) *progress {
	f, ok := stderr.(*os.File)
	if !enabled || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progress{w: stderr}
}

// barSteps is the reading bar's length: it shows the share of the input
// bytes read, in ten-thousandths.
const barSteps = 10000

// update is the engine's Progress callback; read is the share of the
// input bytes read so far (readers.Set.Progress).
func (p *progress) update(pr audit.Progress, read float64) {
	if pr.Stage != p.stage {
		p.clear()
		p.stage = pr.Stage
		p.start = time.Now()
		total := int64(barSteps) // reading: by bytes, the rows are not known yet
		if pr.Total > 0 {
			total = int64(pr.Total)
		}
		opts := []progressbar.Option{
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(pr.Stage),
			progressbar.OptionThrottle(100 * time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetPredictTime(true),
		}
		if pr.Total > 0 {
			opts = append(opts, progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("rows"))
		}
		p.bar = progressbar.NewOptions64(total, opts...)
	}
	if pr.Total > 0 {
		p.bar.Set(pr.Rows)
		return
	}
	// Reading: percent and time left by bytes; rows and rows/s in words.
	desc := fmt.Sprintf("%s %d rows", pr.Stage, pr.Rows)
	if took := time.Since(p.start).Seconds(); took >= 0.5 { // a rate needs some time to mean anything
		desc += fmt.Sprintf(" (%.0f rows/s)", float64(pr.Rows)/took)
	}
	p.bar.Describe(desc)
	p.bar.Set(int(read * barSteps))
}

// clear removes the bar from the terminal.
func (p *progress) clear() {
	if p != nil && p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
		p.bar = nil
	}
}

// timing is the one-line summary printed at the end of a run.
func timing(rows int, took time.Duration) string {
	rate := float64(rows) / took.Seconds()
	return fmt.Sprintf("audited %d rows in %s (%.0f rows/s)", rows, took.Round(time.Millisecond), rate)
}
