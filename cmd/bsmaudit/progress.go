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
}

// newProgress returns nil when nothing should be drawn.
func newProgress(stderr io.Writer, enabled bool) *progress {
	f, ok := stderr.(*os.File)
	if !enabled || !ok || !term.IsTerminal(int(f.Fd())) {
		return nil
	}
	return &progress{w: stderr}
}

// update is the engine's Progress callback.
func (p *progress) update(pr audit.Progress) {
	if pr.Stage != p.stage {
		p.clear()
		p.stage = pr.Stage
		total := int64(-1) // reading: a spinner, the total is not known yet
		if pr.Total > 0 {
			total = int64(pr.Total)
		}
		p.bar = progressbar.NewOptions64(total,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionSetDescription(pr.Stage),
			progressbar.OptionShowCount(),
			progressbar.OptionShowIts(),
			progressbar.OptionSetItsString("rows"),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish(),
			progressbar.OptionSetPredictTime(true),
		)
	}
	p.bar.Set(pr.Rows)
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
