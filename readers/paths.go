package readers

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// inputFile is a file to read and the extension that made it one.
type inputFile struct{ path, ext string }

// expand turns the command line's paths into the list of files to read:
// files as given, directories walked recursively in lexical order (hidden
// files and files of other types skipped). A file given twice is read once.
func expand(paths []string) ([]inputFile, error) {
	if len(paths) == 0 {
		return nil, fmt.Errorf("no input files")
	}
	var out []inputFile
	seen := map[string]bool{}
	add := func(p, ext string) {
		key, err := filepath.Abs(p)
		if err != nil {
			key = filepath.Clean(p)
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, inputFile{p, ext})
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil, fmt.Errorf("%s: no such file or directory; check the path", p)
			}
			return nil, fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if !st.IsDir() {
			ext, err := formatOf(p)
			if err != nil {
				return nil, err
			}
			add(p, ext)
			continue
		}
		n := len(out)
		err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return fmt.Errorf("%s: %w", q, unwrapPathError(err))
			}
			name := d.Name()
			if q != p && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$")) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			ext, err := formatOf(q)
			if err != nil {
				if ext == "unsupported" {
					return err
				}
				return nil // not a log: README, notes...
			}
			add(q, ext)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == n {
			return nil, fmt.Errorf("%s: no .csv, .tsv, .txt, .xlsx or .parquet files in this directory", p)
		}
	}
	return out, nil
}

// formatOf returns the extension that makes path a log file: ".csv",
// ".tsv", ".txt" (each optionally followed by ".gz"), ".xlsx", ".xlsm" or
// ".parquet". For a format bsmaudit knows but cannot read it returns
// "unsupported" and an error.
func formatOf(path string) (string, error) {
	name := strings.ToLower(filepath.Base(path))
	gz := strings.HasSuffix(name, ".gz")
	name = strings.TrimSuffix(name, ".gz")
	ext := filepath.Ext(name)
	switch ext {
	case ".csv", ".tsv", ".txt":
		return ext, nil
	case ".xlsx", ".xlsm", ".parquet":
		if !gz {
			return ext, nil
		}
		return "unsupported", fmt.Errorf("%s: a gzipped %s cannot be read; unzip it first (gunzip)", path, ext)
	case ".xls", ".ods", ".numbers":
		return "unsupported", fmt.Errorf("%s: %s files cannot be read; save the sheet as .xlsx or CSV", path, ext)
	}
	what := fmt.Sprintf("unknown format %q", ext)
	if ext == "" {
		what = "no file extension"
	}
	return "", fmt.Errorf("%s: %s; bsmaudit reads .csv, .tsv and .txt files (optionally .gz), .xlsx and .parquet: rename the file if it is one of these", path, what)
}

// unwrapPathError drops the *fs.PathError wrapper, whose text repeats the
// path the caller already names.
func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
