package readers

// progress follows how much of a Set has been read, by bytes: the files'
// sizes weigh them, and the file being read says how far it is (a CSV by
// the bytes taken from the file, a Parquet file by rows against its
// footer's count; an XLSX file only when it is done).
type progress struct {
	total, before int64          // bytes of all files; of the files done
	size          int64          // bytes of the file being read
	cur           func() float64 // its share read, or nil
}

func (p *progress) start(files []*logFile) {
	*p = progress{}
	for _, lf := range files {
		p.total += lf.size
	}
}

// reading starts on file lf.
func (p *progress) reading(lf *logFile) { p.size, p.cur = lf.size, nil }

// finish moves past the file read whole.
func (p *progress) finish() { p.before, p.size, p.cur = p.before+p.size, 0, nil }

// Progress says how much of the set Rows has read so far, from 0 to 1, by
// bytes of the input files. Call it from the goroutine running Rows (from
// yield, as a progress callback does); it is 0 before Rows starts.
func (s *Set) Progress() float64 {
	p := &s.prog
	if p.total <= 0 {
		return 0
	}
	done := float64(p.before)
	if p.cur != nil {
		done += p.cur() * float64(p.size)
	}
	return min(done/float64(p.total), 1)
}
