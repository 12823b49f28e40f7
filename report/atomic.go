package report

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// atomicFile is a file written under a temporary name in its target's
// directory and renamed into place on commit, so that readers of the target
// never see half a file and a failed run leaves nothing behind. The
// temporary file lives in the same directory because rename is only atomic
// within one file system.
type atomicFile struct {
	path string
	*os.File
}

// createAtomic opens the temporary file for path.
func createAtomic(path string) (*atomicFile, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, fmt.Errorf("creating %s: %w", path, err)
	}
	return &atomicFile{path: path, File: f}, nil
}

// commit flushes the file to disk and renames it to its target.
func (a *atomicFile) commit() error {
	tmp := a.Name()
	err := a.Sync()
	if err == nil {
		// CreateTemp makes the file private; a report is an ordinary file.
		err = a.Chmod(0o644)
	}
	if cerr := a.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, a.path)
	}
	if err != nil {
		_ = os.Remove(tmp)
		return fmt.Errorf("writing %s: %w", a.path, err)
	}
	return nil
}

// abort closes and removes the temporary file.
func (a *atomicFile) abort() error {
	cerr := a.Close()
	err := os.Remove(a.Name())
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("removing the temporary file of %s: %w", a.path, err)
	}
	if cerr != nil && !errors.Is(cerr, os.ErrClosed) {
		return fmt.Errorf("closing the temporary file of %s: %w", a.path, cerr)
	}
	return nil
}

// checkTarget fails early, before any row is read, when path cannot be
// written: it names a directory, it is one of the inputs (by os.SameFile or
// by clean absolute path), or its directory does not accept new files.
func checkTarget(path string, inputs []string) error {
	if path == "" {
		return errors.New("no output file given")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("output %s: %w", path, err)
	}
	st, statErr := os.Stat(path)
	if statErr == nil && st.IsDir() {
		return fmt.Errorf("output %s is a directory: give a file name", path)
	}
	for _, in := range inputs {
		inAbs, err := filepath.Abs(in)
		same := err == nil && inAbs == abs
		if !same && statErr == nil {
			if ist, err := os.Stat(in); err == nil {
				same = os.SameFile(st, ist)
			}
		}
		if same {
			return fmt.Errorf("refusing to write %s: it is the input %s; choose another output file", path, in)
		}
	}
	probe, err := createAtomic(path)
	if err != nil {
		return fmt.Errorf("output %s cannot be written: %w", path, err)
	}
	return probe.abort()
}

// checkTempDir fails when dir ("" is the system's) does not accept files.
// excelize does not: when it cannot create its spill file it silently keeps
// the whole sheet in memory.
func checkTempDir(dir string) error {
	f, err := os.CreateTemp(dir, "bsmaudit-probe-")
	if err != nil {
		return fmt.Errorf("temporary directory: %w", err)
	}
	name := f.Name()
	_ = f.Close()
	return os.Remove(name)
}
