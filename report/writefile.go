package report

import "io"

// WriteFileAtomic writes path through write, atomically: readers of path
// see either the old file or the whole new one, and a failed write leaves
// nothing behind.
func WriteFileAtomic(path string, write func(io.Writer) error) error {
	a, err := createAtomic(path)
	if err != nil {
		return err
	}
	if err := write(a); err != nil {
		a.abort()
		return err
	}
	return a.commit()
}

// CheckOutput fails, before any work is done, when path cannot be written
// or is one of the inputs: bsmaudit never writes over an input.
func CheckOutput(path string, inputs []string) error { return checkTarget(path, inputs) }
